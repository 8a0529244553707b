package ua.hromada.core.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;

/** For pages: who is signed in, and the sign-in / sign-out addresses that return here. */
@Named
@RequestScoped
public class CurrentPerson {
    @Inject
    HttpServletRequest request;

    @Inject
    Permissions permissions;

    /** Shows the platform console link to those who may open it (the console checks again). */
    public boolean isPlatformStaff() {
        return getSignedIn() != null && permissions.allows(Action.COMMUNITY_EDIT, null);
    }

    public SignedIn getSignedIn() {
        return SignedIn.in(request.getSession(false));
    }

    /**
     * For view actions of pages that need a signed-in person: sends anyone else to sign in first
     * (coming back to {@code returnTo}) and says whether it did.
     */
    public boolean sendToSignIn(String returnTo) throws IOException {
        if (getSignedIn() != null) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/signin?return=" + returnTo);
        faces.responseComplete();
        return true;
    }

    /** The address the visitor asked for (a forwarded view reports its own path otherwise). */
    public String getHere() {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }
}
