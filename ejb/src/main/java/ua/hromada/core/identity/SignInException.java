package ua.hromada.core.identity;

import ua.hromada.core.HromadaException;

/** Sign-in could not complete (refused token, replayed state, unavailable configuration). */
public class SignInException extends HromadaException {
    public SignInException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 401;
    }
}
