package ua.hromada.core.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ua.hromada.core.HromadaException;
import ua.hromada.core.UnauthenticatedException;
import ua.hromada.core.web.Messages;

/**
 * Domain failures (400/401/403/404/409/422) as problem+json with a localised detail; a 401 carries
 * the bearer challenge of RFC 6750 ({@code error="invalid_token"} when a presented token failed).
 */
@Provider
public class DomainFailureMapper implements ExceptionMapper<HromadaException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(HromadaException failure) {
        return problem(failure, headers);
    }

    static Response problem(HromadaException failure, HttpHeaders headers) {
        String detail = Messages.text(ProblemLanguage.of(headers), failure);
        Response response = Problem.of("urn:hromada:problem:" + failure.messageKey(), failure.status(), detail).toResponse();
        if (failure instanceof UnauthenticatedException u) {
            String challenge = "Bearer realm=\"hromada\"" + (u.bearerError() == null ? "" : ", error=\"" + u.bearerError() + "\"");
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
        }
        return response;
    }
}
