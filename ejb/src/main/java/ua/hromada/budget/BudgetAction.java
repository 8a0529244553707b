package ua.hromada.budget;

/** What people do with participatory budgets; who may is {@link BudgetPermissions#TABLE}, one row each. */
public enum BudgetAction {
    /** Put forward a project (save drafts, submit them): whom the contest admits (residents, its sign-in strength). */
    SUBMIT,
    /** Support a submitted project during the preliminary support, once: whom the contest admits. */
    SUPPORT,
    /** Cast one's ballot online, or through a bot or terminal with one's own token of scope SIGN: whom the contest admits. */
    VOTE,
    /** Enter paper ballots from the support points, one by one or as an imported file. */
    BALLOTS,
    /** Register a browser as a self-service voting terminal at a support point, and revoke terminals. */
    TERMINALS,
    /** Follow a winning project's implementation updates: anyone signed in. */
    FOLLOW,
    /** Keep winning projects' implementation: status, money spent, milestones. */
    IMPLEMENT,
    /** Review projects: record checks, correct costs, admit or reject them, propose merging similar ones and record paper authors' answers. */
    REVIEW,
    /** Consent to (or refuse) a proposed merge of one's project: its author only, signed in. */
    CONSENT,
    /** Hand out a school contest's one-time voting codes to its pupils: issue them in bulk, revoke and reissue lost ones. */
    CODES,
    /**
     * Be a school's moderator: in a contest of a school one is assigned to, also enter projects
     * from paper, read their contacts, review them and hand out codes (the contest-level rows).
     */
    SCHOOL,
    /** Prepare, change and publish contests with their categories, read drafts; enter projects from paper forms, read authors' contacts. */
    MANAGE,
    /** Keep the community's participating schools and assign their moderators. */
    SCHOOLS,
    /** Change the community's participatory budget settings. */
    CONFIGURE
}
