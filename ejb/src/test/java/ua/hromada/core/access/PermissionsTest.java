package ua.hromada.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ForbiddenException;

/** The permission table, row by row: who may take each core action, and where. */
class PermissionsTest {
    private static final long BUCHA = 1;
    private static final long IRPIN = 2;
    private final Permissions permissions = new Permissions();

    private static Actor moderatorOf(long community) {
        return new Actor("moderator", Set.of(), Map.of(community, Set.of(Role.LOCAL_MODERATOR)), 1L);
    }

    private boolean allows(Actor actor, Action action, Long community) {
        return Acting.as(actor, () -> permissions.allows(action, community));
    }

    @Test
    void anonymousMayTakeNoAdministrativeAction() {
        for (Action action : Action.values()) {
            assertThat(allows(Actor.ANONYMOUS, action, BUCHA)).as(action.name()).isFalse();
        }
        assertThatThrownBy(() -> permissions.require(Action.ANNOUNCEMENT_PUBLISH, BUCHA))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void localModeratorActsOnlyInTheirOwnCommunity() {
        Actor moderator = moderatorOf(BUCHA);
        assertThat(allows(moderator, Action.ANNOUNCEMENT_PUBLISH, BUCHA)).isTrue();
        assertThat(allows(moderator, Action.ANNOUNCEMENT_WITHDRAW, BUCHA)).isTrue();
        assertThat(allows(moderator, Action.CALENDAR_DAY_OFF_EDIT, BUCHA)).isTrue();
        assertThat(allows(moderator, Action.ANNOUNCEMENT_PUBLISH, IRPIN)).isFalse();
        assertThat(allows(moderator, Action.COMMUNITY_CREATE, null)).isFalse();
        assertThat(allows(moderator, Action.PUBLIC_HOLIDAY_EDIT, null)).isFalse();
    }

    @Test
    void residentsAndOtherCommunityRolesMayNotPublish() {
        for (Role role : new Role[] {Role.RESIDENT, Role.DEPUTY, Role.DEPARTMENT_EXECUTOR, Role.SCHOOL_MODERATOR,
                Role.SECRETARIAT_OFFICER}) {
            Actor actor = new Actor("x", Set.of(), Map.of(BUCHA, Set.of(role)), 2L);
            assertThat(allows(actor, Action.ANNOUNCEMENT_PUBLISH, BUCHA)).as(role.name()).isFalse();
        }
    }

    @Test
    void nationalModeratorRegistersCommunitiesButEditsNoHolidays() {
        Actor national = new Actor("national", Set.of(Role.NATIONAL_MODERATOR), Map.of(), 3L);
        assertThat(allows(national, Action.COMMUNITY_CREATE, null)).isTrue();
        assertThat(allows(national, Action.COMMUNITY_EDIT, BUCHA)).isTrue();
        assertThat(allows(national, Action.PUBLIC_HOLIDAY_EDIT, null)).isFalse();
        assertThat(allows(national, Action.ANNOUNCEMENT_PUBLISH, BUCHA)).isFalse();
    }

    @Test
    void communitySettingsAreTheirModeratorsAndTheNationalModeratorsThePlatformViewOnlyTheLatter() {
        Actor moderator = moderatorOf(BUCHA);
        Actor national = new Actor("national", Set.of(Role.NATIONAL_MODERATOR), Map.of(), 3L);
        assertThat(allows(moderator, Action.COMMUNITY_SETTINGS_EDIT, BUCHA)).isTrue();
        assertThat(allows(moderator, Action.COMMUNITY_SETTINGS_EDIT, IRPIN)).isFalse();
        assertThat(allows(moderator, Action.PLATFORM_CONSOLE_VIEW, null)).isFalse();
        assertThat(allows(moderator, Action.PLATFORM_CONSOLE_VIEW, BUCHA)).as("not through a community either").isFalse();
        assertThat(allows(national, Action.COMMUNITY_SETTINGS_EDIT, IRPIN)).isTrue();
        assertThat(allows(national, Action.CALENDAR_DAY_OFF_EDIT, IRPIN)).isTrue();
        assertThat(allows(national, Action.PLATFORM_CONSOLE_VIEW, null)).isTrue();
    }

    @Test
    void platformAdministratorAndSystemMayTakeEveryAction() {
        Actor admin = new Actor("admin", Set.of(Role.PLATFORM_ADMIN), Map.of(), 4L);
        for (Action action : Action.values()) {
            assertThat(allows(admin, action, IRPIN)).as(action.name()).isTrue();
            assertThat(allows(Actor.system("job"), action, IRPIN)).as(action.name()).isTrue();
        }
    }

    @Test
    void aTokenCarriesNoAdministrativePowerNotEvenAnAdministrators() {
        Actor admin = new Actor("admin", Set.of(Role.PLATFORM_ADMIN), Map.of(BUCHA, Set.of(Role.LOCAL_MODERATOR)), 4L);
        Actor bot = admin.through(new TokenAccess(9, BUCHA, TokenScope.SIGN));
        for (Action action : Action.values()) {
            assertThat(allows(bot, action, BUCHA)).as(action.name()).isFalse();
        }
        assertThat(bot.platformRoles()).isEmpty();
        assertThat(bot.rolesIn(BUCHA)).containsExactly(Role.LOCAL_MODERATOR);
        assertThat(bot.rolesIn(IRPIN)).isEmpty();
        assertThat(bot.personId()).isEqualTo(4L);
    }

    @Test
    void aScopedCallNeedsATokenOfThatScopeAndCommunityOrASession() {
        Actor person = new Actor("person", Set.of(), Map.of(), 5L);
        Actor signer = person.through(new TokenAccess(10, BUCHA, TokenScope.SIGN));
        Acting.as(person, () -> permissions.requireScope(TokenScope.SIGN, IRPIN));
        Acting.as(Actor.system("job"), () -> permissions.requireScope(TokenScope.READ, BUCHA));
        Acting.as(signer, () -> permissions.requireScope(TokenScope.SIGN, BUCHA));
        Acting.as(signer, () -> permissions.requireScope(TokenScope.SIGN, null));
        assertThatThrownBy(() -> Acting.as(signer, () -> permissions.requireScope(TokenScope.SIGN, IRPIN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Acting.as(signer, () -> permissions.requireScope(TokenScope.READ, BUCHA)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void actingRestoresThePreviousActor() {
        Acting.as(Actor.system("outer"), () -> {
            Acting.as(moderatorOf(BUCHA), () -> assertThat(Acting.current().name()).isEqualTo("moderator"));
            assertThat(Acting.current().name()).isEqualTo("system:outer");
        });
        assertThat(Acting.current()).isEqualTo(Actor.ANONYMOUS);
    }
}
