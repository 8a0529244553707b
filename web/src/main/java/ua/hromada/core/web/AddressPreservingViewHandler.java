package ua.hromada.core.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Community views are reached by forwarding {@code /{community}/...} to a Facelets file; forms must
 * post back to that address (which carries the tenant), not to the file, which is never served.
 */
public class AddressPreservingViewHandler extends ViewHandlerWrapper {

    public AddressPreservingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object original = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? original.toString() : super.getActionURL(context, viewId);
    }
}
