package ua.hromada.core;

/** Something the caller asked for does not exist (or is in another community, which is the same to the caller). */
public class NotFoundException extends HromadaException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 404;
    }
}
