package ua.hromada.core.token;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.UnauthenticatedException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;

/**
 * Personal API tokens: a strongly signed-in person issues them for themself, one community and one
 * scope each; owners and platform administrators revoke them; the API turns a presented secret
 * into its owner acting through the token.
 */
@Stateless
public class ApiTokens {
    static final String OBJECT = "api_token";
    /** Active tokens one person may hold: enough for a few bots and terminals, not a token farm. */
    public static final int ACTIVE_MAX = 20;
    /** How many of their tokens a person sees (newest first): revoked ones stay listed. */
    public static final int LIST_MAX = 100;
    /**
     * A token's caller in one statement (People.actorOf's rules, restricted to the token's
     * community, since a token acts there only): a row per grant, RESIDENT where a residency joins.
     */
    private static final String CALLER = "select t.id, t.community_id, t.scope, t.person_id, g.role, r.person_id"
            + " from api_token t join person p on p.id = t.person_id and p.merged_into is null and p.deleted_at is null"
            + " left join role_grant g on g.person_id = t.person_id and g.community_id = t.community_id"
            + " and g.revoked_at is null and (g.until is null or g.until > ?2)"
            + " left join residency r on r.person_id = t.person_id and r.community_id = t.community_id"
            + " where t.token_hash = ?1 and t.revoked_at is null and t.expires_at > ?2";
    /** Tokens whose last use one statement stamps. */
    static final int STAMP_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    TokenUses uses;

    @Inject
    Clock clock;

    /** A new token with its secret, which exists only in this answer (the database keeps the hash). */
    public record Issued(ApiToken token, String secret) {
    }

    /** A token as its owner sees it, with its community and its status now. */
    public record Listed(ApiToken token, Community community, ApiToken.Status status) {
    }

    /** Who calls the API: the person, and the token and its community when they called with one. */
    public record Caller(String fullName, ApiToken token, Community community) {
    }

    /**
     * A person signed in strongly, in a sign-in session (a token never mints tokens): issues a
     * token for themself, bound to one active community and one scope, expiring within a year.
     */
    public Issued issue(Long communityId, TokenScope scope, String label, Instant expiresAt) {
        Actor actor = Acting.current();
        if (!actor.isSignedIn() || actor.token() != null) {
            throw new ForbiddenException("token.session-required");
        }
        if (actor.strength() != SignInStrength.STRONG) {
            throw new ForbiddenException("token.strong-signin-required");
        }
        if (communityId == null) {
            throw new InvalidInputException("token.community.required");
        }
        Community community = em.find(Community.class, communityId);
        if (community == null || !community.isActive()) {
            throw new NotFoundException("community.not-found", communityId);
        }
        Instant now = clock.instant();
        long active = em.createNamedQuery(ApiToken.ACTIVE_COUNT, Long.class).setParameter("person", actor.personId())
                .setParameter("now", now).getSingleResult();
        if (active >= ACTIVE_MAX) {
            throw new ConflictException("token.too-many", ACTIVE_MAX);
        }
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(actor.personId(), communityId, scope, label, TokenSecret.hash(secret), expiresAt, now);
        em.persist(token);
        em.flush();
        audit.record(communityId, "token.issue", OBJECT, token.id(),
                scope + " token \"" + token.label() + "\" until " + expiresAt);
        return new Issued(token, secret);
    }

    /**
     * A signed-in person, or a program with their token of scope READ (which sees the tokens of its
     * own community only): the person's tokens, newest first.
     */
    public List<Listed> mine() {
        Actor actor = requireSignedIn();
        permissions.requireScope(TokenScope.READ, null);
        TokenAccess access = actor.token();
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.OF_PERSON, Object[].class).setParameter("person", actor.personId())
                .setMaxResults(LIST_MAX).getResultStream()
                .map(row -> new Listed((ApiToken) row[0], (Community) row[1], ((ApiToken) row[0]).status(now)))
                .filter(l -> access == null || l.token().communityId() == access.communityId())
                .toList();
    }

    /**
     * The token's owner (from a sign-in session, or a program with that very token) and platform
     * administrators (any token, a leaked one say): revokes it now. Revoking twice changes nothing.
     */
    public ApiToken revoke(long tokenId) {
        Actor actor = requireSignedIn();
        ApiToken token = em.find(ApiToken.class, tokenId);
        boolean owner = token != null && actor.personId().equals(token.personId());
        if (token == null || !owner && !permissions.allows(Action.API_TOKEN_REVOKE, null)) {
            // another person's token is as unknown to the caller as a missing one
            throw new NotFoundException("token.not-found", tokenId);
        }
        if (actor.token() != null && actor.token().tokenId() != tokenId) {
            throw new ForbiddenException("token.revoke.other");
        }
        if (token.revoke(actor.name(), clock.instant())) {
            audit.record(token.communityId(), "token.revoke", OBJECT, tokenId,
                    token.scope() + " token \"" + token.label() + "\" of person " + token.personId());
        }
        return token;
    }

    /**
     * The API's bearer filter, for anyone presenting a secret: the token's owner acting through it,
     * or empty when the secret is unknown, expired or revoked, or its person closed. One read
     * (the token, its person, their grants and residency in the token's community) and no
     * transaction of its own: this runs before every bearer call, a signing surge's included. The
     * last use is stamped later, in a batch ({@link TokenUses}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Actor> authenticate(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery(CALLER).setParameter(1, TokenSecret.hash(secret)).setParameter(2, now)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = (Object[]) rows.get(0);
        TokenAccess access = new TokenAccess(((Number) first[0]).longValue(), ((Number) first[1]).longValue(),
                TokenScope.valueOf((String) first[2]));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            if (row[4] != null) {
                roles.add(Role.valueOf((String) row[4]));
            }
            if (row[5] != null) {
                roles.add(Role.RESIDENT);
            }
        }
        uses.used(access.tokenId(), now);
        return Optional.of(Actor.throughToken(((Number) first[3]).longValue(), roles, access));
    }

    /** The timer: writes the uses this node saw since its last run, one statement per batch of tokens. */
    public void stampUses() {
        List<Map.Entry<Long, Instant>> drained = uses.drain();
        for (int from = 0; from < drained.size(); from += STAMP_BATCH) {
            List<Map.Entry<Long, Instant>> batch = drained.subList(from, Math.min(drained.size(), from + STAMP_BATCH));
            // one time for the batch, its latest: "last used" is shown to the minute
            Instant at = batch.stream().map(Map.Entry::getValue).max(Instant::compareTo).orElseThrow();
            em.createNamedQuery(ApiToken.MARK_USED).setParameter("at", at)
                    .setParameter("ids", batch.stream().map(Map.Entry::getKey).toList()).executeUpdate();
        }
    }

    /** A signed-in person or a program with any of their tokens: who is calling, through which token. */
    public Caller caller() {
        Actor actor = requireSignedIn();
        Person person = em.find(Person.class, actor.personId());
        if (actor.token() == null) {
            return new Caller(person.fullName(), null, null);
        }
        ApiToken token = em.find(ApiToken.class, actor.token().tokenId());
        return new Caller(person.fullName(), token, em.find(Community.class, token.communityId()));
    }

    private static Actor requireSignedIn() {
        Actor actor = Acting.current();
        if (!actor.isSignedIn()) {
            throw new UnauthenticatedException(null, "signin.required");
        }
        return actor;
    }
}
