package ua.hromada.appeals;

/** What people do with appeals; who may is {@link AppealPermissions#TABLE}, one row each. */
public enum AppealAction {
    /** File an appeal or an information request. */
    FILE,
    /** Read one's own appeal, its history and its answer. */
    READ_OWN,
    /** The secretariat: reaches every appeal of the community, routes them between departments. */
    HANDLE,
    /**
     * Officials working the appeals within their reach ({@link AppealReach}): the queue, reading,
     * extending, answering; the secretariat every one, a department's staff their department's, a
     * deputy those addressed to them.
     */
    WORK,
    /** Giving an appeal to one of its department's staff: the secretariat, or the department's head. */
    ASSIGN,
    /** The secretariat: keep the community's departments and their staff. */
    DEPARTMENTS,
    /** The community's terms (settings console). */
    CONFIGURE,
    /** The secretariat: keep the community's legal grounds for refusing information requests. */
    GROUNDS,
    /** The applicant: reply to the secretariat's request for a clarification. */
    REPLY,
    /** The applicant rates the answer or refusal they got. */
    RATE
}
