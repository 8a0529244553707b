package ua.hromada.core.api;

import ua.hromada.core.MalformedParameterException;

/** Parses numeric ids from paths, refusing anything else with a 400 problem. */
public final class Ids {
    private Ids() {
    }

    public static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedParameterException("param.id.invalid", raw);
    }
}
