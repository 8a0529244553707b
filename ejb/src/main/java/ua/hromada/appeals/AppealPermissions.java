package ua.hromada.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;
import ua.hromada.core.access.TokenScope;

/**
 * The appeals permission table: one row per action, deny by default (core's {@link PermissionTable});
 * every bean method of the tool asks here, pages ask to say why before a person tries.
 */
@ApplicationScoped
public class AppealPermissions {
    /**
     * Anyone signed in may appeal to any community's bodies (the law asks no residency), also
     * after an e-mail + phone sign-in; one's own appeals are one's own only; the secretariat's rows
     * are official (strong browser session, no tokens). A person's program (a chat bot, a terminal)
     * files with their token of scope SUBMIT and reads their appeals with one of scope READ.
     */
    public static final PermissionTable<AppealAction> TABLE = PermissionTable.of(AppealAction.class, "appeals")
            .row(AppealAction.FILE, Rule.signedIn().throughToken(TokenScope.SUBMIT))
            .row(AppealAction.READ_OWN, Rule.signedIn().ownerOnly().throughToken(TokenScope.READ))
            .row(AppealAction.HANDLE, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(AppealAction.WORK, Rule.officials(Role.SECRETARIAT_OFFICER, Role.DEPARTMENT_EXECUTOR, Role.DEPUTY))
            .row(AppealAction.ASSIGN, Rule.officials(Role.SECRETARIAT_OFFICER, Role.DEPARTMENT_EXECUTOR))
            .row(AppealAction.DEPARTMENTS, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(AppealAction.CONFIGURE, Rule.officials(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(AppealAction.GROUNDS, Rule.officials(Role.SECRETARIAT_OFFICER))
            .row(AppealAction.REPLY, Rule.signedIn().ownerOnly())
            .row(AppealAction.RATE, Rule.signedIn().ownerOnly())
            .build();

    @Inject
    DepartmentStaff staff;

    /**
     * The current official's reach in the community (their role first, by the table's WORK row):
     * every appeal for whom the HANDLE row admits, otherwise their departments' and their own as a deputy.
     */
    public AppealReach reach(long communityId) {
        require(AppealAction.WORK, communityId);
        long person = Acting.current().personId() == null ? 0 : Acting.current().personId();
        if (allows(AppealAction.HANDLE, communityId)) {
            return AppealReach.everything(person);
        }
        Set<Long> departments = new HashSet<>();
        Set<Long> headed = new HashSet<>();
        for (StaffMember member : staff.of(person)) {
            departments.add(member.departmentId());
            if (member.head()) {
                headed.add(member.departmentId());
            }
        }
        return new AppealReach(false, person, departments, headed);
    }

    /** The current official may work this appeal: within their reach, or it is not found (an executor does not learn of others). */
    public AppealReach requireReach(Appeal appeal) {
        AppealReach reach = reach(appeal.communityId());
        if (!reach.covers(appeal)) {
            throw new NotFoundException("appeals.not-found", appeal.id());
        }
        return reach;
    }

    /** Whether the current visitor's reach covers the appeal (no refusal: for downloads and links). */
    public boolean reaches(Appeal appeal) {
        return allows(AppealAction.WORK, appeal.communityId()) && reach(appeal.communityId()).covers(appeal);
    }

    /** One's own appeal: its applicant only. */
    public void requireOwn(Appeal appeal) {
        TABLE.require(AppealAction.READ_OWN, Subject.community(appeal.communityId()).ownedBy(appeal.applicantId()));
    }

    /** One's own appeals as a whole (the list of them): anyone signed in, or their READ token, for themself. */
    public void requireOwnAppeals(long communityId, Long personId) {
        TABLE.require(AppealAction.READ_OWN, Subject.community(communityId).ownedBy(personId));
    }

    /** An act on one's own appeal ({@code REPLY}, {@code RATE}): its applicant only. */
    public void requireApplicant(AppealAction action, Appeal appeal) {
        TABLE.require(action, Subject.community(appeal.communityId()).ownedBy(appeal.applicantId()));
    }

    public void require(AppealAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(AppealAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }
}
