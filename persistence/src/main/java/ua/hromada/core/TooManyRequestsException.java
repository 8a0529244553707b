package ua.hromada.core;

/** The caller did this too often in a short time; they may try again shortly. */
public class TooManyRequestsException extends HromadaException {
    public TooManyRequestsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 429;
    }
}
