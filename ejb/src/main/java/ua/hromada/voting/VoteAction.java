package ua.hromada.voting;

/** What people do in the voting tool; who may is {@link VotePermissions#TABLE}, one row each. */
public enum VoteAction {
    /** The vote organiser: set up and schedule votes, see turnout, close a vote early. */
    ORGANISE,
    /** A verified resident, signed in strongly in a browser: cast their one ballot. */
    CAST,
    /** The tool's settings (how often heads are published): vote organisers, local and national moderators. */
    CONFIGURE
}
