package ua.hromada.core;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A domain failure a user can understand: carries a bundle key and its arguments, never a stack
 * trace. The web layer maps each subclass to a localised message or a problem+json status.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class HromadaException extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    protected HromadaException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        // arguments may hold nulls (an id not yet assigned), which List.of refuses
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The HTTP status that describes this failure to an API client. */
    public abstract int status();
}
