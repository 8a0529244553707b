package ua.hromada.council;

/** What people do in the council tool; who may is {@link CouncilPermissions#TABLE}, one row each. */
public enum CouncilAction {
    /** The secretariat: keep convocations, factions, committees and the deputies' profiles. */
    STRUCTURE,
    /** Register a draft decision: the secretariat, or a deputy as its initiator. */
    REGISTER,
    /** The secretariat: a new version of a draft's text, its co-sponsors. */
    REVISE,
    /** The secretariat: plan sessions, build their agendas, publish them. */
    SESSIONS,
    /** A deputy: mark a draft read at its current version. */
    READ,
    /** A deputy: write and read their own private note on a draft, nobody else's. */
    NOTE,
    /** A deputy: register for a session's sitting, in the hall or remote. */
    ATTEND,
    /** A deputy registered for the sitting: vote in an open roll call. */
    VOTE,
    /** The chair, whose system the secretariat runs: open and close roll-call votes on agenda items. */
    CHAIR,
    /** The council's settings (its composition): the secretariat and the community's moderators. */
    CONFIGURE,
    // messages
    /** Anyone signed in: write to a deputy, and read and write in their own threads with deputies (as a resident). */
    WRITE,
    /** Deputies and the secretariat: their side of a thread as officials (answering a resident, writing to colleagues). */
    ANSWER,
    /** Deputies and the secretariat: the directory of colleagues, and a thread started with one of them. */
    COLLEAGUES,
    /** A deputy: block (and unblock) a resident who abuses the messages to them. */
    BLOCK
}
