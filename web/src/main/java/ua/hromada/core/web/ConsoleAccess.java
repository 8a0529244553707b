package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ua.hromada.core.access.Acting;

/** What a console page does when the bean refused: sign in first, or 403 for the signed-in. */
@RequestScoped
public class ConsoleAccess {

    public void refuse(String returnTo) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (Acting.current().isSignedIn()) {
            external.responseSendError(403, null);
        } else {
            external.redirect(external.getRequestContextPath() + "/signin?return="
                    + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }
}
