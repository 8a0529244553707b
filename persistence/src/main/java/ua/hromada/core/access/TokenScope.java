package ua.hromada.core.access;

/**
 * What a personal API token lets a program do on its owner's behalf, in the one community the
 * token is bound to. Deliberately small: a bean method that acts for a person names the scope it
 * needs ({@code Permissions.requireScope}); a token never carries administrative power.
 */
public enum TokenScope {
    /** Sign and vote for the owner where a tool admits it (terminals, chat bots). */
    SIGN,
    /** Read the owner's own, non-public data (their tokens, and what a tool keeps of theirs for them alone). */
    READ,
    /**
     * Submit the owner's own written matters to the community where a tool admits it (a text they
     * author and the community registers and answers), never to sign or vote for them.
     */
    SUBMIT
}
