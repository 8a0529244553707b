package ua.hromada.consultations;

/** What people do with consultations; who may is {@link ConsultationPermissions#TABLE}, one row each. */
public enum ConsultationAction {
    /** Answer a consultation's question or reply to an answer; the consultation's audience decides. */
    COMMENT,
    /** Support an answer or a reply, once; the consultation's audience decides. */
    SUPPORT,
    /** Prepare, edit and publish consultations; read drafts. */
    MANAGE,
    /** Change the community's consultation settings. */
    CONFIGURE
}
