package ua.hromada.core.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import ua.hromada.core.MalformedParameterException;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API response: without it RESTEasy builds a new one per response
 * (a provider lookup and class loading under a lock), which the signing benchmark showed as a
 * large share of the server's time. Jsonb is thread-safe.
 */
@Provider
public class JsonMapping implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** A request body read as {@code type}; one that is not such JSON (a bare {@code null} too) is a 400 (never RESTEasy's 500). */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new MalformedParameterException("request.body.invalid");
        }
        T value;
        try {
            value = JSONB.fromJson(body, type);
        } catch (JsonbException e) {
            throw new MalformedParameterException("request.body.invalid");
        }
        if (value == null) {
            throw new MalformedParameterException("request.body.invalid");
        }
        return value;
    }

    /** A value as the API writes it, for answers given outside a request (the management interface). */
    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
