package ua.hromada.core.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tool.ToolRegistry;

/**
 * A person deletes their own account, where the law allows: in one transaction their tokens are
 * revoked, their roles end, their residency, notices, pending access requests and sign-in codes go,
 * and each registered tool drops what of theirs is not public ({@code ToolManifest.deleted}).
 * What the law keeps public (signatures, published texts) stays with the name; whether any
 * do decides whether the person's key stays ({@link Person#erase}). Audited with row counts only.
 */
@Stateless
public class AccountDeletion {
    /** The confirmation words of the two languages; either is accepted whatever the page's language. */
    public static final Set<String> CONFIRMATIONS = Set.of("ВИДАЛИТИ", "DELETE");
    // native, as in PersonMerge: the person's rows span communities, whatever the tenant
    private static final String DROP_NOTICES = "delete from notice where person_id = ?1";
    private static final String WITHDRAW_REQUESTS = "delete from access_request where person_id = ?1 and status = 'PENDING'";
    private static final String FORGET_REQUEST_CONTACTS = "update access_request set work_email = null, work_phone = null"
            + " where person_id = ?1 and (work_email is not null or work_phone is not null)";
    private static final String DROP_CHALLENGES = "delete from sign_in_challenge where person_key = ?1 or email = ?2";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ToolRegistry tools;

    @Inject
    Clock clock;

    /**
     * The signed-in person themself, in a sign-in session (never through an API token), having
     * typed one of {@link #CONFIRMATIONS}: deletes their account. The caller ends the session.
     */
    public void delete(String confirmation) {
        Actor actor = Acting.current();
        if (!actor.isSignedIn() || actor.token() != null) {
            throw new ForbiddenException("account.delete.session-required");
        }
        if (confirmation == null || !CONFIRMATIONS.contains(confirmation.strip().toUpperCase(Locale.ROOT))) {
            throw new InvalidInputException("account.delete.confirmation");
        }
        // locked first: a tool's record of the person being written (a signature, a vote: its insert reads
        // this row in share mode) waits for this, or this waits for it, and each sees the other
        Person person = em.find(Person.class, actor.personId(), LockModeType.PESSIMISTIC_WRITE);
        if (person == null || person.isClosed()) {
            throw new ConflictException("account.delete.closed");
        }
        long id = person.id();
        Instant now = clock.instant();
        List<Person> phones = em.createNamedQuery(Person.MERGED_INTO, Person.class).setParameter("person", id).getResultList();
        RowsTouched rows = new RowsTouched();
        rows.add("api tokens revoked", em.createNativeQuery(PersonMerge.REVOKE_TOKENS).setParameter(1, now)
                .setParameter(2, actor.name()).setParameter(3, id).executeUpdate());
        rows.add("role grants ended", endGrants(id, now));
        rows.add("residencies dropped", update(PersonMerge.DROP_RESIDENCY, id));
        rows.add("notices dropped", update(DROP_NOTICES, id));
        rows.add("pending access requests withdrawn", update(WITHDRAW_REQUESTS, id));
        rows.add("access request contacts cleared", update(FORGET_REQUEST_CONTACTS, id));
        int codes = dropChallenges(person);
        for (Person phone : phones) {
            codes += dropChallenges(phone);
        }
        rows.add("sign-in codes dropped", codes);
        AccountDeleted event = new AccountDeleted(id, rows);
        tools.all().forEach(tool -> tool.deleted(event));
        boolean publicRecords = rows.keptAny();
        person.erase(publicRecords, now);
        // a linked phone leads to this row: it keeps its key exactly when this row does, so the
        // phone cannot sign again what it signed before the link (those signatures are this row's)
        phones.forEach(phone -> phone.erase(publicRecords, now));
        rows.add("linked phone accounts closed", phones.size());
        audit.record(null, "person.delete", PersonMerge.OBJECT, id, "person " + id + " deleted their account"
                + (publicRecords ? " (key kept for the public records)" : " (key replaced)") + ": " + rows.summary());
    }

    /** Each active grant is revoked as a moderator would, so the community's own audit shows it end. */
    private int endGrants(long personId, Instant now) {
        List<RoleGrant> active = em.createNamedQuery(RoleGrant.ACTIVE_OF_PERSON, RoleGrant.class)
                .setParameter("person", personId).setParameter("now", now).getResultList();
        for (RoleGrant grant : active) {
            grant.revoke(now);
            audit.record(grant.communityId(), "role.revoke", RoleGrants.OBJECT, grant.id(),
                    grant.role() + " of person " + personId + ": the person deleted their account");
        }
        return active.size();
    }

    private int dropChallenges(Person person) {
        // challenge e-mails are never empty, so a person without an address matches by key only
        return em.createNativeQuery(DROP_CHALLENGES).setParameter(1, person.personKey())
                .setParameter(2, Objects.requireNonNullElse(person.email(), "")).executeUpdate();
    }

    private int update(String sql, long personId) {
        return em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
    }
}
