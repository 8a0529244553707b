package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.token.ApiToken;
import ua.hromada.core.token.ApiTokens;
import ua.hromada.it.support.InContainer;

/** Who may issue, see and revoke API tokens, and what a presented secret turns into. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {
    private static final Actor ADMIN = Actor.system("api-tokens-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("api-tokens-it", ApiTokensIT.class);
    }

    // once per run (statics live as long as this test archive): every test uses new people instead
    private static long community;
    private static long other;
    private People people;
    private ApiTokens tokens;

    @BeforeEach
    void communities() {
        people = InContainer.bean(People.class);
        tokens = InContainer.bean(ApiTokens.class);
        if (community == 0) {
            community = InContainer.newCommunity(ADMIN, "tokens", "Громада токенів").id();
            other = InContainer.newCommunity(ADMIN, "tokens-other", "Інша громада").id();
        }
    }

    private Actor person(String name) {
        String id = UUID.randomUUID().toString();
        return people.actorOf(people.signIn(id, name, "idgov", "sub-" + id).id());
    }

    private ApiTokens.Issued issue(Actor actor, long where, TokenScope scope) {
        return Acting.as(actor, () -> tokens.issue(where, scope, "Бот", Instant.now().plus(Duration.ofDays(30))));
    }

    @Test
    void theOwnerIssuesATokenThatActsAsThemInItsCommunityOnly() {
        Actor owner = person("Власниця Токена");
        ApiTokens.Issued issued = issue(owner, community, TokenScope.SIGN);
        assertTrue(issued.secret().startsWith("hrm_"));

        Actor bot = tokens.authenticate(issued.secret()).orElseThrow();
        assertEquals(owner.personId(), bot.personId());
        assertEquals(SignInStrength.STRONG, bot.strength());
        assertEquals(community, bot.token().communityId());
        assertEquals(TokenScope.SIGN, bot.token().scope());
        assertTrue(tokens.authenticate(issued.secret() + "x").isEmpty());
        assertTrue(tokens.authenticate("hrm_" + "A".repeat(43)).isEmpty());

        List<AuditEntry> trail = InContainer.auditOf("api_token", issued.token().id());
        assertEquals("token.issue", trail.get(0).action());
        assertFalse(trail.get(0).summary().contains(issued.secret()), "the audit trail never holds the secret");
    }

    @Test
    void onlyAStrongSignInSessionIssuesAndOnlyForAYearAtMost() {
        Actor owner = person("Обережний Власник");
        Actor bot = tokens.authenticate(issue(owner, community, TokenScope.SIGN).secret()).orElseThrow();
        Instant soon = Instant.now().plus(Duration.ofDays(1));
        assertThrows(ForbiddenException.class, () -> Acting.as(bot, () -> tokens.issue(community, TokenScope.SIGN, "Ще", soon)),
                "a token never mints tokens");
        Actor basic = new Actor(owner.name(), owner.platformRoles(), owner.communityRoles(), owner.personId(), SignInStrength.BASIC);
        assertThrows(ForbiddenException.class, () -> Acting.as(basic, () -> tokens.issue(community, TokenScope.SIGN, "Б", soon)));
        assertThrows(ForbiddenException.class, () -> Acting.as(Actor.ANONYMOUS, () -> tokens.issue(community, TokenScope.SIGN, "А", soon)));
        assertThrows(InvalidInputException.class, () -> Acting.as(owner,
                () -> tokens.issue(community, TokenScope.SIGN, "Довгий", Instant.now().plus(Duration.ofDays(366)))));
        assertThrows(NotFoundException.class, () -> Acting.as(owner, () -> tokens.issue(Long.MAX_VALUE, TokenScope.SIGN, "Н", soon)));
    }

    @Test
    void aPersonHoldsAtMostTwentyActiveTokens() {
        Actor owner = person("Колекціонер");
        for (int i = 0; i < ApiTokens.ACTIVE_MAX; i++) {
            issue(owner, community, TokenScope.READ);
        }
        assertThrows(ConflictException.class, () -> issue(owner, community, TokenScope.READ));
        long first = Acting.as(owner, () -> tokens.mine()).get(0).token().id();
        Acting.as(owner, () -> tokens.revoke(first));
        issue(owner, community, TokenScope.READ);
    }

    @Test
    void aReadTokenListsItsCommunitysTokensAndASignTokenNone() {
        Actor owner = person("Читачка");
        ApiTokens.Issued reader = issue(owner, community, TokenScope.READ);
        ApiTokens.Issued signer = issue(owner, community, TokenScope.SIGN);
        issue(owner, other, TokenScope.SIGN);
        assertEquals(3, Acting.as(owner, () -> tokens.mine()).size());

        Actor readBot = tokens.authenticate(reader.secret()).orElseThrow();
        List<ApiTokens.Listed> seen = Acting.as(readBot, () -> tokens.mine());
        assertEquals(2, seen.size());
        assertTrue(seen.stream().allMatch(l -> l.community().id() == community));
        Actor signBot = tokens.authenticate(signer.secret()).orElseThrow();
        assertThrows(ForbiddenException.class, () -> Acting.as(signBot, () -> tokens.mine()));
    }

    @Test
    void ownersRevokeTheirOwnTokensOfficialsOnlyWithAReasonOthersCannot() {
        Actor owner = person("Власник");
        Actor stranger = person("Сторонній");
        Actor moderator = person("Модератор");
        Acting.as(ADMIN, () -> InContainer.bean(RoleGrants.class).grant(moderator.personId(), community, Role.LOCAL_MODERATOR, null));
        Actor admin = person("Адміністраторка");
        Acting.as(ADMIN, () -> InContainer.bean(RoleGrants.class).grant(admin.personId(), null, Role.PLATFORM_ADMIN, null));

        ApiTokens.Issued first = issue(owner, community, TokenScope.SIGN);
        ApiTokens.Issued second = issue(owner, community, TokenScope.SIGN);
        long id = first.token().id();
        assertThrows(NotFoundException.class, () -> Acting.as(stranger, () -> tokens.revoke(id)));
        assertThrows(NotFoundException.class, () -> Acting.as(people.actorOf(moderator.personId()), () -> tokens.revoke(id)),
                "the owner's way (no reason) is the owner's only");
        assertThrows(NotFoundException.class, () -> Acting.as(people.actorOf(admin.personId()), () -> tokens.revoke(id)));
        assertThrows(ForbiddenException.class, () -> Acting.as(stranger, () -> tokens.revoke(id, "Чужий")));
        Actor secondBot = tokens.authenticate(second.secret()).orElseThrow();
        assertThrows(ForbiddenException.class, () -> Acting.as(secondBot, () -> tokens.revoke(id)),
                "a program revokes only the token it calls with");
        Actor firstBot = tokens.authenticate(first.secret()).orElseThrow();
        assertThrows(ForbiddenException.class, () -> Acting.as(people.actorOf(admin.personId()).through(firstBot.token()),
                () -> tokens.revoke(second.token().id(), "Витік")), "an administrator's power does not travel with their token");
        assertTrue(tokens.authenticate(first.secret()).isPresent());

        ApiToken revoked = Acting.as(people.actorOf(admin.personId()), () -> tokens.revoke(id, "Токен опублікували"));
        assertEquals(ApiToken.Status.REVOKED, revoked.status(Instant.now()));
        assertTrue(tokens.authenticate(first.secret()).isEmpty());
        Acting.as(owner, () -> tokens.revoke(id));
        List<AuditEntry> trail = InContainer.auditOf("api_token", id);
        assertEquals(List.of("token.issue", "token.revoke"), trail.stream().map(AuditEntry::action).toList());
        assertEquals("person:" + admin.personId(), trail.get(1).actor());
        assertTrue(trail.get(1).summary().endsWith("reason: Токен опублікували"), trail.get(1).summary());

        Acting.as(secondBot, () -> tokens.revoke(second.token().id()));
        assertTrue(tokens.authenticate(second.secret()).isEmpty());
        assertNull(Acting.as(owner, () -> tokens.mine()).get(0).token().revokeReason(), "an owner gives no reason");
    }

    @Test
    void theCallerIsThePersonAndTheirToken() {
        Actor owner = person("Хто Питає");
        ApiTokens.Issued issued = issue(owner, community, TokenScope.SIGN);
        ApiTokens.Caller viaSession = Acting.as(owner, () -> tokens.caller());
        assertEquals("Хто Питає", viaSession.fullName());
        assertNull(viaSession.token());
        ApiTokens.Caller viaToken = Acting.as(tokens.authenticate(issued.secret()).orElseThrow(), () -> tokens.caller());
        assertEquals(issued.token().id(), viaToken.token().id());
        assertEquals(community, viaToken.community().id());
    }
}
