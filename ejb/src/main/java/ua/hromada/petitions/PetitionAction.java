package ua.hromada.petitions;

/** What people do with petitions; who may is {@link PetitionPermissions#TABLE}, one row each. */
public enum PetitionAction {
    /** Draft a petition; the community's rules (residency, sign-in strength) decide. */
    CREATE,
    /** Edit one's own draft and submit it: its author alone. */
    EDIT_OWN,
    /** Sign a collecting petition; the petition's own rules decide; terminals and bots with a SIGN token too. */
    SIGN,
    /** Ask the moderators to look at a petition again: anyone signed in. */
    REPORT,
    /** Publish, reject and correct typos; read the moderation queue, reports and unpublished petitions. */
    MODERATE,
    /** Publish the official response. */
    RESPOND,
    /** Download the signatory list to verify it (council). */
    EXPORT_SIGNATORIES,
    /** Change the community's petition rules. */
    CONFIGURE
}
