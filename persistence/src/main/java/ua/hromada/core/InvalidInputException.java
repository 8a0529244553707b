package ua.hromada.core;

/** Input breaks a rule of the domain (too long, empty, out of range); nothing was stored. */
public class InvalidInputException extends HromadaException {
    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 422;
    }
}
