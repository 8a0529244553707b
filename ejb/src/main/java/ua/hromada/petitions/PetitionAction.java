package ua.hromada.petitions;

import java.util.EnumSet;
import java.util.Set;
import ua.hromada.core.access.Role;

/** What people do with petitions, with the community roles an action needs (none: any eligible person). */
public enum PetitionAction {
    /** Draft, edit one's draft and submit it; eligibility and sign-in strength decide. */
    CREATE,
    /** Sign a collecting petition; the petition's own rules decide. */
    SIGN,
    /** Ask the moderators to look at a petition again: anyone signed in. */
    REPORT,
    /** Publish, reject and correct typos; read the moderation queue and reports. */
    MODERATE(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR),
    /** Publish the official response. */
    RESPOND(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR),
    /** Download the signatory list to verify it (council). */
    EXPORT_SIGNATORIES(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR, Role.DEPUTY),
    /** Change the community's petition rules. */
    CONFIGURE(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR);

    private final Set<Role> roles;

    PetitionAction(Role... roles) {
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    /** Whether the action is for officials holding a role, rather than for residents. */
    public boolean isOfficial() {
        return !roles.isEmpty();
    }

    public Set<Role> roles() {
        return roles;
    }
}
