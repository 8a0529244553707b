package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tool.ToolRegistry;

/**
 * Linking: a person signed in with e-mail + phone confirms their national identity, and the strong
 * person (found or registered by the identifier's key) absorbs the phone person in one
 * transaction. Core moves its own rows here; each tool moves its rows in an observer of
 * {@link PersonsMerged}. The phone person's row stays, merged, so the phone keeps signing in.
 */
@Stateless
public class PersonMerge {
    static final String OBJECT = "person";
    // native: person-owned core rows move wholesale, whatever entities say about updating them
    private static final String MOVE_GRANTS = "update role_grant set person_id = ?1 where person_id = ?2";
    private static final String MOVE_REQUESTS = "update access_request set person_id = ?1 where person_id = ?2";
    private static final String MOVE_NOTICES = "update notice set person_id = ?1 where person_id = ?2";
    private static final String MOVE_RESIDENCY = "update residency set person_id = ?1 where person_id = ?2";
    static final String DROP_RESIDENCY = "delete from residency where person_id = ?1";
    static final String REVOKE_TOKENS = "update api_token set revoked_at = ?1, revoked_by = ?2"
            + " where person_id = ?3 and revoked_at is null";

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @Inject
    ToolRegistry tools;

    @Inject
    Clock clock;

    /**
     * The strong sign-in callback of a link that a person signed in with e-mail + phone (in a browser
     * session) started: signs the identifier's person in and merges the current person into them.
     * Returns the strong person, whom the session becomes.
     */
    public Person link(ProviderClaims claims) {
        Actor actor = Acting.current();
        if (!actor.isSignedIn() || actor.token() != null || actor.strength() != SignInStrength.BASIC) {
            throw new ForbiddenException("access.forbidden", "ACCOUNT_LINK", null);
        }
        Person into = people.signIn(claims);
        long fromId = actor.personId();
        if (into.id() == fromId) {
            return into; // this phone was linked to this identity before
        }
        // locked, as a deletion does: a tool's record of the phone person being written finishes first
        Person from = em.find(Person.class, fromId, LockModeType.PESSIMISTIC_WRITE);
        boolean alreadyLinked = !em.createNamedQuery(Person.MERGED_INTO, Person.class).setParameter("person", fromId)
                .setMaxResults(1).getResultList().isEmpty();
        if (from == null || from.isClosed() || alreadyLinked) {
            // a phone that leads to another national identity already: one person, one identity
            throw new ConflictException("account.link.other-identity");
        }
        RowsTouched rows = new RowsTouched();
        rows.add("role grants moved", move(MOVE_GRANTS, into.id(), fromId));
        rows.add("access requests moved", move(MOVE_REQUESTS, into.id(), fromId));
        rows.add("notices moved", move(MOVE_NOTICES, into.id(), fromId));
        rows.add("api tokens revoked", em.createNativeQuery(REVOKE_TOKENS).setParameter(1, clock.instant())
                .setParameter(2, actor.name()).setParameter(3, fromId).executeUpdate());
        if (em.createNamedQuery(Residency.OF_PERSON, Residency.class).setParameter("person", into.id()).getResultList().isEmpty()) {
            rows.add("residencies moved", move(MOVE_RESIDENCY, into.id(), fromId)); // the declared one, unverified
        } else {
            rows.add("residencies dropped", em.createNativeQuery(DROP_RESIDENCY).setParameter(1, fromId).executeUpdate());
        }
        if (into.email() == null && from.email() != null) {
            into.contactAt(from.email());
            rows.add("e-mail taken over", 1);
        }
        from.mergeInto(into.id());
        PersonsMerged event = new PersonsMerged(fromId, into.id(), rows);
        tools.all().forEach(tool -> tool.merged(event));
        audit.record(null, "person.merge", OBJECT, into.id(), "person " + fromId + " (e-mail + phone) merged into person "
                + into.id() + " (national sign-in through " + claims.provider() + "): " + rows.summary());
        return into;
    }

    private int move(String sql, long into, long from) {
        return em.createNativeQuery(sql).setParameter(1, into).setParameter(2, from).executeUpdate();
    }
}
