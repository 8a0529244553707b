package ua.hromada.bench;

/** One signing attempt by the simulated person with this index; what came back. */
@FunctionalInterface
interface Attempt {
    /** Signs as {@code person}; throwing counts as a failed attempt. */
    Outcome sign(int person) throws Exception;

    /** How an attempt ended, as the signer saw it. */
    enum Outcome {
        /** 2xx or a committed row: the signature must now exist. */
        SIGNED,
        /** 409 or a unique-key refusal: this person had signed already. */
        ALREADY_SIGNED,
        /** 429: a rate limit refused it. */
        LIMITED,
        /** Anything else: an error status, a time-out, an exception. */
        FAILED
    }
}
