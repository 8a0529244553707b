package ua.hromada.core.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import ua.hromada.core.HromadaException;

/**
 * A domain failure that escapes a page (a malformed cursor, an unknown object, a refusal) becomes
 * its status page, 400, 401, 403 or 404, instead of the 500 page; so does a GET that carries a
 * view state (a link that tries to replay a form), and a form posted with a view state this
 * session does not hold (expired, or stolen from another session), which nothing executes.
 * Everything else goes on to the 500 page.
 */
public class PageFailures extends ExceptionHandlerFactory {
    private static final Set<Integer> PAGE_STATUSES = Set.of(400, 401, 403, 404);

    public PageFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                int status = statusOf(events.next().getContext().getException(), faces);
                if (status > 0 && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    try {
                        faces.getExternalContext().responseReset();
                        faces.getExternalContext().responseSendError(status, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static int statusOf(Throwable failure, FacesContext faces) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof HromadaException domain && PAGE_STATUSES.contains(domain.status())) {
                    return domain.status();
                }
                if (t instanceof ViewExpiredException) {
                    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                    if (!"GET".equals(request.getMethod())) {
                        // a form whose view this session does not hold: timed out, or another session's
                        request.setAttribute(ErrorPage.EXPIRED_FORM, Boolean.TRUE);
                    }
                    return 400;
                }
            }
            return 0;
        }
    }
}
