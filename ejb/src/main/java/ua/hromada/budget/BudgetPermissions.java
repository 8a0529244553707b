package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * The participatory budget's permission table: one row per action, deny by default (core's
 * {@link PermissionTable}); every bean method of the tool asks here, pages ask to say why before
 * a person tries.
 */
@ApplicationScoped
public class BudgetPermissions {
    /**
     * Official rows: a strong browser session of a moderator; API tokens and e-mail + phone sign-in
     * are refused. Voting also admits a person's own token of scope SIGN (chat bots, terminals).
     */
    public static final PermissionTable<BudgetAction> TABLE = PermissionTable.of(BudgetAction.class, "budget")
            .row(BudgetAction.SUBMIT, Rule.eligible())
            .row(BudgetAction.SUPPORT, Rule.eligible())
            .row(BudgetAction.VOTE, Rule.eligible().throughToken(TokenScope.SIGN))
            .row(BudgetAction.FOLLOW, Rule.signedIn())
            .row(BudgetAction.IMPLEMENT, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.BALLOTS, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.REVIEW, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.MANAGE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.CONFIGURE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    @Inject
    CommunityCache cache;

    /**
     * The subject of taking part in one contest: its residents under its sign-in strength; a
     * declared residency counts where the contest says so and the community's settings still allow it.
     */
    private Subject subject(Contest contest) {
        boolean settingAllows = cache.byId(contest.communityId()).map(c -> BudgetSettings.acceptsDeclaredFrom(c.settings())).orElse(false);
        return new Subject(contest.communityId(), true, contest.signIn(), null).acceptingDeclared(contest.declaredResidency() && settingAllows);
    }

    /** Taking part in one contest (submit, support): refused with the table's reason. */
    public void require(BudgetAction action, Contest contest) {
        TABLE.require(action, subject(contest));
    }

    /** Pages: why the current actor may not take part, to say so before they try. */
    public Optional<String> refusal(BudgetAction action, Contest contest) {
        return TABLE.refusal(action, Acting.current(), subject(contest));
    }

    /** Actions whose rule is the role or being signed in alone (follow, implement, ballots, review, manage, configure). */
    public void require(BudgetAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(BudgetAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }
}
