package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** Picks the texts of the error page from the status the container reports. */
@Named
@RequestScoped
public class ErrorPage {
    /** Request attribute: the 400 is a form posted with a view state this session does not hold. */
    static final String EXPIRED_FORM = "hromada.expired-form";

    /** 400, 401, 403 and 404 have their own texts; every other failure reads as 500. */
    public int getStatus() {
        Object status = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && (code == 404 || code == 403 || code == 401 || code == 400) ? code : 500;
    }

    /** The texts' key after {@code error.}: the status, or {@code expired} for an outdated form. */
    public String getTexts() {
        boolean expired = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(EXPIRED_FORM) != null;
        return expired ? "expired" : String.valueOf(getStatus());
    }
}
