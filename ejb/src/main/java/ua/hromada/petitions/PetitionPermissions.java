package ua.hromada.petitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * The petitions permission table: one row per action, deny by default (core's
 * {@link PermissionTable}); every bean method of the tool asks here, pages ask to say why before
 * a person tries.
 */
@ApplicationScoped
public class PetitionPermissions {
    @Inject
    CommunityCache cache;

    @PersistenceContext
    EntityManager em;

    /** Official rows refuse API tokens and e-mail + phone sign-in; only signing admits a SIGN token. */
    public static final PermissionTable<PetitionAction> TABLE = PermissionTable.of(PetitionAction.class, "petition")
            .row(PetitionAction.CREATE, Rule.eligible())
            .row(PetitionAction.EDIT_OWN, Rule.signedIn().ownerOnly())
            .row(PetitionAction.SIGN, Rule.eligible().throughToken(TokenScope.SIGN))
            .row(PetitionAction.REPORT, Rule.signedIn())
            .row(PetitionAction.MODERATE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(PetitionAction.RESPOND, Rule.officials(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR))
            .row(PetitionAction.EXPORT_SIGNATORIES, Rule.officials(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR, Role.DEPUTY))
            .row(PetitionAction.CONFIGURE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    /** The subject of a rule: a community's petitions (or one petition) under these rules. */
    static Subject subject(long communityId, Eligibility eligibility, SignInStrength strength) {
        return new Subject(communityId, eligibility == Eligibility.RESIDENTS, strength, null);
    }

    /** Why {@code actor} may not take {@code action} (a message key), or empty when they may. */
    static Optional<String> refusal(PetitionAction action, Actor actor, long communityId, Eligibility eligibility,
            SignInStrength strength) {
        return TABLE.refusal(action, actor, subject(communityId, eligibility, strength));
    }

    /**
     * Pages: why the current actor may not take the action (a message key), to say so before they
     * try; a declared residency counts where the community's petition settings accept it.
     */
    public Optional<String> refusalFor(PetitionAction action, long communityId, Eligibility eligibility, SignInStrength strength) {
        return TABLE.refusal(action, Acting.current(), subjectHere(communityId, eligibility, strength));
    }

    private Subject subjectHere(long communityId, Eligibility eligibility, SignInStrength strength) {
        Community community = cache.byId(communityId).orElseGet(() -> em.find(Community.class, communityId));
        boolean acceptsDeclared = community != null && PetitionSettings.acceptsDeclaredFrom(community.settings());
        return subject(communityId, eligibility, strength).acceptingDeclared(acceptsDeclared);
    }

    public boolean allows(PetitionAction action, long communityId, Eligibility eligibility, SignInStrength strength) {
        return refusalFor(action, communityId, eligibility, strength).isEmpty();
    }

    /** Official actions, whose rule is the role alone. */
    public boolean allows(PetitionAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }

    /** Refuses with 401 when nobody is signed in, 403 with the reason otherwise. */
    public void require(PetitionAction action, long communityId, Eligibility eligibility, SignInStrength strength) {
        TABLE.require(action, subjectHere(communityId, eligibility, strength));
    }

    /** For the official actions, whose rule is the role alone. */
    public void require(PetitionAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    /** For the author's own actions on a petition. */
    public void requireAuthor(Petition petition) {
        TABLE.require(PetitionAction.EDIT_OWN, Subject.community(petition.communityId()).ownedBy(petition.authorId()));
    }
}
