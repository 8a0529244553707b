package ua.hromada.core.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
