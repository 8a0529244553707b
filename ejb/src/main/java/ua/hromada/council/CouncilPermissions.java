package ua.hromada.council;

import jakarta.enterprise.context.ApplicationScoped;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;

/**
 * The council's permission table: one row per action, deny by default. Every row is official
 * work (strong browser session, no API tokens); a note is its author's only, so even the
 * secretariat and a platform administrator (who holds every role) never read another's.
 */
@ApplicationScoped
public class CouncilPermissions {
    public static final PermissionTable<CouncilAction> TABLE = PermissionTable.of(CouncilAction.class, "council")
            .row(CouncilAction.STRUCTURE, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(CouncilAction.REGISTER, Rule.officials(Role.SECRETARIAT_OFFICER, Role.DEPUTY))
            .row(CouncilAction.REVISE, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(CouncilAction.SESSIONS, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(CouncilAction.READ, Rule.officials(Role.DEPUTY))
            .row(CouncilAction.NOTE, Rule.officials(Role.DEPUTY).ownerOnly())
            .row(CouncilAction.ATTEND, Rule.officials(Role.DEPUTY))
            .row(CouncilAction.VOTE, Rule.officials(Role.DEPUTY))
            .row(CouncilAction.CHAIR, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(CouncilAction.CONFIGURE, Rule.officials(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            // messages: a resident writes after any sign-in, never through a token; the officials' side is official work.
            // Who takes part in a thread is not a role: CouncilMessages refuses every non-participant (404) before these rows
            .row(CouncilAction.WRITE, Rule.signedIn().ownerOnly())
            .row(CouncilAction.ANSWER, Rule.officials(Role.DEPUTY, Role.SECRETARIAT_OFFICER).ownerOnly())
            .row(CouncilAction.COLLEAGUES, Rule.officials(Role.DEPUTY, Role.SECRETARIAT_OFFICER))
            .row(CouncilAction.BLOCK, Rule.officials(Role.DEPUTY).ownerOnly())
            .build();

    public void require(CouncilAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(CouncilAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }

    /** A participant's act in a thread ({@code WRITE}, {@code ANSWER}, {@code BLOCK}): {@code participant} is the current person when they take part, otherwise null. */
    public void requireParticipant(CouncilAction action, long communityId, Long participant) {
        TABLE.require(action, Subject.community(communityId).ownedBy(participant));
    }

    /** A note's author only: {@code ownerId} is the note's person (or the current one, for a note not yet written). */
    public void requireNoteOf(long communityId, Long ownerId) {
        TABLE.require(CouncilAction.NOTE, Subject.community(communityId).ownedBy(ownerId));
    }
}
