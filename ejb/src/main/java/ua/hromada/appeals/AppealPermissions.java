package ua.hromada.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;

/**
 * The appeals permission table: one row per action, deny by default (core's {@link PermissionTable});
 * every bean method of the tool asks here, pages ask to say why before a person tries.
 */
@ApplicationScoped
public class AppealPermissions {
    /**
     * Anyone signed in may appeal to any community's bodies (the law asks no residency), also
     * after an e-mail + phone sign-in; one's own appeals are one's own only; the secretariat's rows
     * are official (strong browser session, no tokens).
     */
    public static final PermissionTable<AppealAction> TABLE = PermissionTable.of(AppealAction.class, "appeals")
            .row(AppealAction.FILE, Rule.signedIn())
            .row(AppealAction.READ_OWN, Rule.signedIn().ownerOnly())
            .row(AppealAction.HANDLE, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(AppealAction.DEPARTMENTS, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(AppealAction.CONFIGURE, Rule.officials(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    /** One's own appeal: its applicant only. */
    public void requireOwn(Appeal appeal) {
        TABLE.require(AppealAction.READ_OWN, Subject.community(appeal.communityId()).ownedBy(appeal.applicantId()));
    }

    public void require(AppealAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(AppealAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }
}
