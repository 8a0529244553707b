package ua.hromada.core.access;

/**
 * What a personal API token lets a program do on its owner's behalf, in the one community the
 * token is bound to. Deliberately small: a bean method that acts for a person names the scope it
 * needs ({@code Permissions.requireScope}); a token never carries administrative power.
 */
public enum TokenScope {
    /** Sign and vote for the owner where a tool admits it (terminals, chat bots). */
    SIGN,
    /** Read the owner's own, non-public data (their tokens now; their signatures and votes later). */
    READ
}
