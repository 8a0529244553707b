package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.notification.Notice;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.token.ApiToken;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.support.InContainer;

/**
 * Officials of a community see the API tokens bound to it and revoke one with a reason: the token
 * stops authenticating at once, the audit keeps the reason, the owner is told. Officials of another
 * community, residents and programs are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityTokenRevocationIT {
    private static final Actor SYSTEM = Actor.system("community-token-revocation-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("community-token-revocation-it", CommunityTokenRevocationIT.class);
    }

    private People people;
    private RoleGrants grants;
    private ApiTokens tokens;
    private long community;
    private long other;

    @BeforeEach
    void communities() {
        people = InContainer.bean(People.class);
        grants = InContainer.bean(RoleGrants.class);
        tokens = InContainer.bean(ApiTokens.class);
        // communities of their own per test: each test counts the tokens it finds
        community = InContainer.newCommunity(SYSTEM, "revocation", "Громада відкликань").id();
        other = InContainer.newCommunity(SYSTEM, "revocation-other", "Сусідня громада").id();
    }

    private Actor person(String name) {
        String id = UUID.randomUUID().toString();
        return people.actorOf(people.signIn(id, name, "idgov", "sub-" + id).id());
    }

    private Actor holding(String name, Long where, Role role) {
        Actor person = person(name);
        Acting.as(SYSTEM, () -> grants.grant(person.personId(), where, role, null));
        return people.actorOf(person.personId());
    }

    private ApiTokens.Issued issue(Actor owner, long where, String label) {
        return Acting.as(owner, () -> tokens.issue(where, TokenScope.SIGN, label, Instant.now().plus(Duration.ofDays(30))));
    }

    @Test
    void aLocalModeratorRevokesATokenOfTheirCommunityWithAReasonTheOwnerIsTold() {
        Actor owner = person("Остап Ботовласник");
        ApiTokens.Issued issued = issue(owner, community, "Бот-підписант");
        Actor moderator = holding("Марта Модераторка", community, Role.LOCAL_MODERATOR);

        List<ApiTokens.Overseen> seen = Acting.as(moderator, () -> tokens.ofCommunity(community, null, null, 20)).items();
        assertEquals(1, seen.size());
        ApiTokens.Overseen listed = seen.get(0);
        assertEquals(issued.token().id(), listed.id());
        assertEquals("Остап Ботовласник", listed.ownerName());
        assertEquals("Бот-підписант", listed.label());
        assertEquals(ApiToken.Status.ACTIVE, listed.status());
        assertNull(listed.lastUsedAt());

        long id = issued.token().id();
        assertThrows(InvalidInputException.class, () -> Acting.as(moderator, () -> tokens.revoke(id, "  ")),
                "an official says why");
        assertTrue(tokens.authenticate(issued.secret()).isPresent());

        ApiToken revoked = Acting.as(moderator, () -> tokens.revoke(id, "Бот масово підписує петиції"));
        assertEquals(ApiToken.Status.REVOKED, revoked.status(Instant.now()));
        assertTrue(tokens.authenticate(issued.secret()).isEmpty(), "the token stops working at once");
        ApiTokens.Overseen after = Acting.as(moderator, () -> tokens.ofCommunity(community, "", null, 20)).items().get(0);
        assertEquals(ApiToken.Status.REVOKED, after.status());
        assertEquals("Бот масово підписує петиції", after.revokeReason());
        assertEquals("person:" + moderator.personId(), after.revokedBy());

        List<AuditEntry> trail = InContainer.auditOf("api_token", id);
        assertEquals(List.of("token.issue", "token.revoke"), trail.stream().map(AuditEntry::action).toList());
        assertEquals("person:" + moderator.personId(), trail.get(1).actor());
        assertEquals(community, trail.get(1).communityId());
        assertTrue(trail.get(1).summary().contains("Бот масово підписує петиції"), trail.get(1).summary());

        List<Notice> told = Acting.as(owner, () -> InContainer.bean(Notices.class).mine(10));
        assertEquals(1, told.size());
        assertTrue(told.get(0).subject().contains("Бот-підписант"), told.get(0).subject());
        assertTrue(told.get(0).link().endsWith("/cabinet/tokens.xhtml"));
        assertEquals("Бот масово підписує петиції", Acting.as(owner, () -> tokens.mine()).get(0).token().revokeReason(),
                "the owner reads why in their cabinet");

        Acting.as(moderator, () -> tokens.revoke(id, "Ще раз"));
        assertEquals(2, InContainer.auditOf("api_token", id).size(), "revoking twice changes nothing");
        assertEquals(1, Acting.as(owner, () -> InContainer.bean(Notices.class).mine(10)).size());
    }

    @Test
    void officialsOfAnotherCommunityResidentsAndProgramsAreRefusedNationalModeratorsAllowed() {
        Actor owner = person("Ганна Власниця");
        ApiTokens.Issued issued = issue(owner, community, "Термінал");
        long id = issued.token().id();
        Actor moderatorElsewhere = holding("Петро Сусідній", other, Role.LOCAL_MODERATOR);
        Actor resident = person("Олена Мешканка");
        Acting.as(resident, () -> InContainer.bean(Residencies.class).declare(community));
        resident = people.actorOf(resident.personId());
        assertTrue(resident.rolesIn(community).contains(Role.DECLARED_RESIDENT));
        Actor deputy = holding("Депутат Громади", community, Role.DEPUTY);
        Actor moderator = holding("Модератор Громади", community, Role.LOCAL_MODERATOR);
        Actor moderatorsBot = tokens.authenticate(issue(moderator, community, "Бот модератора").secret()).orElseThrow();

        for (Actor refused : List.of(moderatorElsewhere, resident, deputy, moderatorsBot, Actor.ANONYMOUS)) {
            assertThrows(ForbiddenException.class, () -> Acting.as(refused, () -> tokens.revoke(id, "Не моя справа")),
                    refused.name() + " revokes");
            assertThrows(ForbiddenException.class, () -> Acting.as(refused, () -> tokens.ofCommunity(community, null, null, 20)),
                    refused.name() + " lists");
        }
        assertThrows(ForbiddenException.class, () -> Acting.as(owner, () -> tokens.revoke(id, "Мій власний")),
                "the owner revokes their own without a reason, in the cabinet");
        assertTrue(tokens.authenticate(issued.secret()).isPresent(), "the refusals changed nothing");
        assertThrows(NotFoundException.class, () -> Acting.as(moderator, () -> tokens.revoke(Long.MAX_VALUE, "Нема")));

        Actor national = holding("Ірина Національна", null, Role.NATIONAL_MODERATOR);
        assertEquals(2, Acting.as(national, () -> tokens.ofCommunity(community, null, null, 20)).items().size());
        Acting.as(national, () -> tokens.revoke(id, "Скарга мешканців"));
        assertTrue(tokens.authenticate(issued.secret()).isEmpty());
    }

    @Test
    void theListPagesNewestFirstAndFiltersByOwnerName() {
        Actor first = person("Тарас Перший");
        Actor second = person("Зоя Друга");
        issue(first, community, "Перший бот");
        issue(first, community, "Другий бот");
        issue(second, community, "Бот Зої");
        issue(second, other, "Бот деінде");
        Actor moderator = holding("Модераторка Списку", community, Role.LOCAL_MODERATOR);

        Page<ApiTokens.Overseen> page = Acting.as(moderator, () -> tokens.ofCommunity(community, null, null, 2));
        assertEquals(List.of("Бот Зої", "Другий бот"), page.items().stream().map(ApiTokens.Overseen::label).toList());
        assertNotNull(page.nextCursor());
        Page<ApiTokens.Overseen> rest = Acting.as(moderator, () -> tokens.ofCommunity(community, null, page.nextCursor(), 2));
        assertEquals(List.of("Перший бот"), rest.items().stream().map(ApiTokens.Overseen::label).toList());
        assertNull(rest.nextCursor());
        Set<Long> ids = new HashSet<>();
        page.items().forEach(o -> ids.add(o.id()));
        rest.items().forEach(o -> assertTrue(ids.add(o.id()), "no token on two pages"));

        assertEquals(List.of("Другий бот", "Перший бот"), Acting.as(moderator, () -> tokens.ofCommunity(community, " тарас ", null, 20))
                .items().stream().map(ApiTokens.Overseen::label).toList(), "by part of the name, in any case");
        assertTrue(Acting.as(moderator, () -> tokens.ofCommunity(community, "%", null, 20)).items().isEmpty(),
                "a wildcard is searched for as itself");
        assertThrows(InvalidInputException.class, () -> Acting.as(moderator,
                () -> tokens.ofCommunity(community, "я".repeat(201), null, 20)));
        assertFalse(Acting.as(moderator, () -> tokens.ofCommunity(community, "Зоя", null, 20)).items().isEmpty());
    }
}
