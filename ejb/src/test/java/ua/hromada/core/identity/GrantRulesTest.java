package ua.hromada.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.hromada.core.access.Role;

class GrantRulesTest {

    @Test
    void nationalModeratorGrantsLocalModeratorsButNoPlatformRole() {
        Set<Role> national = Set.of(Role.NATIONAL_MODERATOR);
        assertThat(GrantRules.mayGrant(national, Role.LOCAL_MODERATOR)).isTrue();
        assertThat(GrantRules.mayGrant(national, Role.DEPUTY)).isTrue();
        assertThat(GrantRules.mayGrant(national, Role.NATIONAL_MODERATOR)).isFalse();
        assertThat(GrantRules.mayGrant(national, Role.PLATFORM_ADMIN)).isFalse();
    }

    @Test
    void localModeratorGrantsCommunityStaffButNotTheirOwnRole() {
        Set<Role> local = Set.of(Role.LOCAL_MODERATOR);
        for (Role staff : new Role[] {Role.DEPUTY, Role.SECRETARIAT_OFFICER, Role.DEPARTMENT_EXECUTOR, Role.SCHOOL_MODERATOR}) {
            assertThat(GrantRules.mayGrant(local, staff)).as(staff.name()).isTrue();
        }
        assertThat(GrantRules.mayGrant(local, Role.LOCAL_MODERATOR)).isFalse();
        assertThat(GrantRules.mayGrant(local, Role.NATIONAL_MODERATOR)).isFalse();
    }

    @Test
    void staffAndResidentsGrantNothing() {
        for (Role held : new Role[] {Role.RESIDENT, Role.DEPUTY, Role.SECRETARIAT_OFFICER}) {
            for (Role role : Role.values()) {
                assertThat(GrantRules.mayGrant(Set.of(held), role)).as(held + " grants " + role).isFalse();
            }
        }
    }

    @Test
    void platformAdministratorGrantsAnyRoleButSystem() {
        assertThat(GrantRules.mayGrant(Set.of(Role.PLATFORM_ADMIN), Role.PLATFORM_ADMIN)).isTrue();
        assertThat(GrantRules.mayGrant(Set.of(Role.PLATFORM_ADMIN), Role.SYSTEM)).isFalse();
    }
}
