package ua.hromada.core;

/** A request parameter that cannot be read at all (not a number, a forged cursor): HTTP 400. */
public class MalformedParameterException extends HromadaException {
    public MalformedParameterException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 400;
    }
}
