package ua.hromada.core;

/** The object is not in a state that allows this transition. */
public class ConflictException extends HromadaException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
