package ua.hromada.core.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What a view action answers instead of rendering its page. */
public final class PageResponses {
    private PageResponses() {
    }

    /** The localised 404 page, nothing of this view rendered (no object here under the page's id). */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
