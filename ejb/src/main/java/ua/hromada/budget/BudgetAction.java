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
    /** Follow a winning project's implementation updates: anyone signed in. */
    FOLLOW,
    /** Keep winning projects' implementation: status, money spent, milestones. */
    IMPLEMENT,
    /** Review projects: record checks, correct costs, admit or reject them. */
    REVIEW,
    /** Prepare, change and publish contests with their categories, read drafts; enter projects from paper forms, read authors' contacts. */
    MANAGE,
    /** Change the community's participatory budget settings. */
    CONFIGURE
}
