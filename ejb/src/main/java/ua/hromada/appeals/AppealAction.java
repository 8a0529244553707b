package ua.hromada.appeals;

/** What people do with appeals; who may is {@link AppealPermissions#TABLE}, one row each. */
public enum AppealAction {
    /** File an appeal or an information request. */
    FILE,
    /** Read one's own appeal, its history and its answer. */
    READ_OWN,
    /** The secretariat: the queue, reading, routing and answering any appeal of the community. */
    HANDLE,
    /** The secretariat: keep the community's departments. */
    DEPARTMENTS,
    /** The community's terms (settings console). */
    CONFIGURE
}
