package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;

/**
 * The participatory budget's permission table: one row per action, deny by default (core's
 * {@link PermissionTable}); every bean method of the tool asks here, pages ask to say why before
 * a person tries.
 */
@ApplicationScoped
public class BudgetPermissions {
    /** Official rows: a strong browser session of a moderator; API tokens and e-mail + phone sign-in are refused. */
    public static final PermissionTable<BudgetAction> TABLE = PermissionTable.of(BudgetAction.class, "budget")
            .row(BudgetAction.MANAGE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.CONFIGURE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    /** Actions whose rule is the role alone (manage, configure). */
    public void require(BudgetAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(BudgetAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }
}
