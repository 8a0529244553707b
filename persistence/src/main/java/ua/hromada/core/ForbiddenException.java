package ua.hromada.core;

/** The caller may not do this here. */
public class ForbiddenException extends HromadaException {
    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 403;
    }
}
