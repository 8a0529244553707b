package ua.hromada.core.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import ua.hromada.core.HromadaException;
import ua.hromada.core.web.Messages;

/**
 * Everything else: JAX-RS's own errors (unknown path, wrong method, unacceptable media type) keep
 * their status; anything unexpected is logged and answered 500, never with a stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof EJBException e && e.getCause() instanceof HromadaException domain) {
            return DomainFailureMapper.problem(domain, headers);
        }
        int status = 500;
        String key = "error.500.text";
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
            key = status == 404 ? "api.not-found" : "error.generic";
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure answering an API call", failure);
        }
        String detail = Messages.text(ProblemLanguage.of(headers), key);
        return Problem.of("about:blank", status, detail).toResponse();
    }
}
