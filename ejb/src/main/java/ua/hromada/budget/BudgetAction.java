package ua.hromada.budget;

/** What people do with participatory budgets; who may is {@link BudgetPermissions#TABLE}, one row each. */
public enum BudgetAction {
    /** Prepare, change and publish contests with their categories; read drafts. */
    MANAGE,
    /** Change the community's participatory budget settings. */
    CONFIGURE
}
