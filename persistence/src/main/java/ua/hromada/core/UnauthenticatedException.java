package ua.hromada.core;

/**
 * The caller must say who they are first: nobody signed in and no valid API token (401). The API
 * answers with a {@code WWW-Authenticate: Bearer} challenge; {@code bearerError} is RFC 6750's
 * {@code error} value (e.g. {@code invalid_token}), null when no credential was presented.
 */
public class UnauthenticatedException extends HromadaException {
    private final String bearerError;

    public UnauthenticatedException(String bearerError, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.bearerError = bearerError;
    }

    public String bearerError() {
        return bearerError;
    }

    @Override
    public int status() {
        return 401;
    }
}
