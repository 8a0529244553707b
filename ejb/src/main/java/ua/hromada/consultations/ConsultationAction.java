package ua.hromada.consultations;

/** What people do with consultations; who may is {@link ConsultationPermissions#TABLE}, one row each. */
public enum ConsultationAction {
    /** Answer a consultation's question or reply to an answer; the consultation's audience decides. */
    COMMENT,
    /** Answer a poll (and change the answer until its end); the poll's audience decides. */
    ANSWER,
    /** Support or oppose a section of a discussion's draft act, or the act as a whole; the audience decides. */
    TAKE_STANCE,
    /** Support an answer or a reply, once; the consultation's audience decides. */
    SUPPORT,
    /** Propose a topic for a consultation: the community's residents. */
    PROPOSE,
    /** Complain about someone else's comment: anyone signed in. */
    COMPLAIN,
    /** Work through complaints: hide and restore comments, block an author from commenting for a while. */
    MODERATE,
    /** Prepare, edit and publish consultations, decide on proposed topics; read drafts. */
    MANAGE,
    /** Change the community's consultation settings. */
    CONFIGURE
}
