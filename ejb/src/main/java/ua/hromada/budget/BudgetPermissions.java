package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.identity.Person;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CommunitySettings;

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
            .row(BudgetAction.TERMINALS, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.REVIEW, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.CONSENT, Rule.signedIn().ownerOnly())
            .row(BudgetAction.CODES, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.SCHOOL, Rule.officials(Role.SCHOOL_MODERATOR, Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.MANAGE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.SCHOOLS, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(BudgetAction.CONFIGURE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    /** The rows a school's own moderators also pass in their school's contests (never elsewhere). */
    private static final Set<BudgetAction> IN_SCHOOL = EnumSet.of(BudgetAction.MANAGE, BudgetAction.REVIEW, BudgetAction.CODES);
    private static final String ASSIGNED = "select count(*) from budget_school_moderator where school_id = ?1 and person_id = ?2";

    @Inject
    CommunityCache cache;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The subject of taking part in one contest: its residents under its sign-in strength; a
     * declared residency counts where the contest says so and the community's settings still allow it.
     */
    private Subject subject(Contest contest) {
        boolean settingAllows = cache.byId(contest.communityId()).map(c -> BudgetSettings.acceptsDeclaredFrom(c.settings())).orElse(false);
        return new Subject(contest.communityId(), true, contest.signIn(), null).acceptingDeclared(contest.declaredResidency() && settingAllows);
    }

    /**
     * An action in one contest: taking part (submit, support, vote) as the contest admits, or an
     * official's row, which in a school's contest its own school moderators pass too; refused with
     * the table's reason.
     */
    public void require(BudgetAction action, Contest contest) {
        if (!TABLE.allows(action, subject(contest)) && !moderatesSchool(action, contest)) {
            TABLE.require(action, subject(contest));
        }
        Optional<String> tooYoung = ageRefusal(action, contest);
        if (tooYoung.isPresent()) {
            throw new ForbiddenException(tooYoung.get(), action.name(), contest.communityId());
        }
    }

    /** Pages: why the current actor may not act in the contest, to say so before they try. */
    public Optional<String> refusal(BudgetAction action, Contest contest) {
        Optional<String> refusal = TABLE.refusal(action, Acting.current(), subject(contest));
        return refusal.isPresent() ? (moderatesSchool(action, contest) ? Optional.empty() : refusal) : ageRefusal(action, contest);
    }

    /**
     * The voters' least age: the person's age on the community's date, from the date of birth the
     * identity provider stated; a person whose provider stated none is refused (their age is not
     * verified), and may vote on paper, where the moderator sees their document.
     */
    private Optional<String> ageRefusal(BudgetAction action, Contest contest) {
        Long personId = Acting.current().personId();
        if (action != BudgetAction.VOTE || contest.voterMinAge() <= 0 || personId == null) {
            return Optional.empty();
        }
        Person person = em.find(Person.class, personId);
        ZoneId zone = cache.byId(contest.communityId()).map(Community::zone).orElse(CommunitySettings.DEFAULT_ZONE);
        Optional<Integer> age = person == null ? Optional.empty() : person.ageOn(LocalDate.now(clock.withZone(zone)));
        if (age.isEmpty()) {
            return Optional.of("budget.vote.age-unknown");
        }
        return age.get() >= contest.voterMinAge() ? Optional.empty() : Optional.of("budget.vote.too-young");
    }

    public boolean allows(BudgetAction action, Contest contest) {
        return refusal(action, contest).isEmpty();
    }

    /** A school moderator's turn: the school row passes (role, strong sign-in) and they are assigned to the contest's school. */
    private boolean moderatesSchool(BudgetAction action, Contest contest) {
        return contest.isSchools() && IN_SCHOOL.contains(action) && allows(BudgetAction.SCHOOL, contest.communityId())
                && moderates(contest.schoolId());
    }

    /** Whether the current actor is one of the school's assigned moderators. */
    public boolean moderates(long schoolId) {
        Long person = Acting.current().personId();
        return person != null && assigned(schoolId, person);
    }

    /** Whether the person is one of the school's assigned moderators. */
    public boolean assigned(long schoolId, long personId) {
        return ((Number) em.createNativeQuery(ASSIGNED).setParameter(1, schoolId).setParameter(2, personId).getSingleResult())
                .longValue() > 0;
    }

    /** An author's own matter (the consent to a merge): the project's author with an account only; a paper form's has none. */
    public void require(BudgetAction action, BudgetProject project) {
        TABLE.require(action, Subject.community(project.communityId()).ownedBy(project.authorId()));
    }

    public boolean allows(BudgetAction action, BudgetProject project) {
        return TABLE.allows(action, Subject.community(project.communityId()).ownedBy(project.authorId()));
    }

    /** Actions whose rule is the role or being signed in alone (follow, implement, ballots, review, manage, configure). */
    public void require(BudgetAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(BudgetAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }
}
