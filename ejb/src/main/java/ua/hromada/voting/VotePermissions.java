package ua.hromada.voting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;
import ua.hromada.core.identity.SignInStrength;

/**
 * The voting tool's permission table: one row per action, deny by default. Casting admits verified
 * residents only (never a declared residency, whatever the community accepts elsewhere), a strong
 * sign-in only and never an API token (the row names no token scope); the least age is the vote's
 * own rule, checked by {@link Casting} against the provider's date of birth.
 */
@ApplicationScoped
public class VotePermissions {
    public static final PermissionTable<VoteAction> TABLE = PermissionTable.of(VoteAction.class, "voting")
            .row(VoteAction.ORGANISE, Rule.officials(Role.VOTE_ORGANISER))
            .row(VoteAction.CAST, Rule.eligible())
            .row(VoteAction.CONFIGURE, Rule.officials(Role.VOTE_ORGANISER, Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    public void requireOrganiser(long communityId) {
        TABLE.require(VoteAction.ORGANISE, Subject.community(communityId));
    }

    public boolean organises(long communityId) {
        return TABLE.allows(VoteAction.ORGANISE, Subject.community(communityId));
    }

    /** The subject of casting: verified residents, strong sign-in, declared residency never. */
    public static Subject ballotOf(long communityId) {
        return new Subject(communityId, true, SignInStrength.STRONG, null).acceptingDeclared(false);
    }

    public void requireVoter(long communityId) {
        TABLE.require(VoteAction.CAST, ballotOf(communityId));
    }

    /** Why the current actor may not cast in the community (a message key), or empty. */
    public Optional<String> voterRefusal(long communityId) {
        return TABLE.refusal(VoteAction.CAST, Acting.current(), ballotOf(communityId));
    }
}
