package ua.hromada.core.identity;

import jakarta.ejb.ApplicationException;

/**
 * The entered one-time codes were not accepted (wrong, expired, locked, used). It does not roll
 * back: a wrong attempt must stay counted, or brute force would cost nothing.
 */
@ApplicationException(rollback = false, inherited = true)
public class CodeRefusedException extends SignInException {
    public CodeRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
