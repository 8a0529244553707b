package ua.hromada.core.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Community views are reached by forwarding {@code /{community}/...} to a Facelets file; forms must
 * post back to that address (which carries the tenant), not to the file, which is never served,
 * and with the address's own query, so a page's filters and return address survive a postback.
 */
public class AddressPreservingViewHandler extends ViewHandlerWrapper {

    public AddressPreservingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /** The address asked for, with its own query (a page's filters, a return address), never the file's. */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object original = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        String address = original != null ? original.toString() : super.getActionURL(context, viewId);
        Object query = original != null ? context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_QUERY_STRING)
                : ((HttpServletRequest) context.getExternalContext().getRequest()).getQueryString();
        return query == null || query.toString().isEmpty() ? address : address + "?" + query;
    }
}
