package ua.hromada.core.identity;

/**
 * How a person proved who they are in this session. STRONG: a national identity provider or a bank
 * (OpenID Connect). BASIC: e-mail plus phone with one-time codes, the fallback a community may
 * accept per tool; what was made with it says so.
 */
public enum SignInStrength {
    STRONG, BASIC;

    /** Whether a sign-in of this strength satisfies a tool that requires {@code required}. */
    public boolean satisfies(SignInStrength required) {
        return this == STRONG || required == BASIC;
    }
}
