package ua.hromada.petitions;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ua.hromada.core.ConflictException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Bulk invalidation of signatures (anti-fraud): a moderator previews the signatures of a petition
 * a rule picks, then removes them with a public reason. The removal runs in batches of
 * {@value #BATCH} from the tally timer, each batch its own transaction under the petition's lock:
 * the marked signatures stop counting in that batch, their signers are told, and the threshold is
 * settled again. It can be followed (matched / removed) and cancelled between batches.
 */
@Stateless
public class SignatureRemovals {
    static final int BATCH = 2_000;
    private static final Logger LOG = Logger.getLogger(SignatureRemovals.class.getName());
    private static final Actor JOB = Actor.system("signature-removal");

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    PetitionLifecycle lifecycle;

    @Inject
    PetitionNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Moderators: how many of the petition's counted signatures the rule picks now. */
    public int preview(long petitionId, SignatureRule rule) {
        Petition petition = reading.find(petitionId);
        permissions.require(PetitionAction.MODERATE, petition.communityId());
        return ((Number) picked("select count(*)", petition.id(), rule, 0).getSingleResult()).intValue();
    }

    /**
     * Moderators: starts removing the signatures the rule picks from a collecting petition or one
     * under consideration, with a reason the petition's page shows; one removal at a time per
     * petition. Until it ends the petition cannot reach its threshold.
     */
    public SignatureRemoval start(long petitionId, SignatureRule rule, String reason) {
        Petition petition = reading.find(petitionId);
        permissions.require(PetitionAction.MODERATE, petition.communityId());
        petition = lifecycle.lock(petition.id());
        if (petition.status() != PetitionStatus.COLLECTING && petition.status() != PetitionStatus.UNDER_CONSIDERATION) {
            throw new ConflictException("petition.removal.closed", petitionId);
        }
        if (of(petition).stream().anyMatch(SignatureRemoval::isRunning)) {
            throw new ConflictException("petition.removal.running", petitionId);
        }
        int matched = ((Number) picked("select count(*)", petition.id(), rule, 0).getSingleResult()).intValue();
        SignatureRemoval removal = new SignatureRemoval(petition, rule, reason, matched, Acting.current().name(), clock.instant());
        em.persist(removal);
        em.flush();
        audit.record(petition.communityId(), "petition.signatures.remove", Petitions.OBJECT, petition.id(),
                matched + " signatures (" + describe(rule) + "): " + removal.reason());
        return removal;
    }

    /**
     * Moderators: stops a running removal between two batches; what it removed stays removed, and
     * the petition is settled again (it may now reach its threshold).
     */
    public SignatureRemoval cancel(long removalId) {
        SignatureRemoval removal = em.find(SignatureRemoval.class, removalId);
        if (removal == null) {
            throw new NotFoundException("petition.removal.not-found", removalId);
        }
        permissions.require(PetitionAction.MODERATE, removal.communityId());
        // the petition first, then the removal: the order of the batches, so the two never deadlock
        Petition petition = lifecycle.lock(removal.petitionId());
        em.lock(removal, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(removal);
        Instant now = clock.instant();
        removal.cancel(now);
        em.flush();
        lifecycle.settle(petition, now);
        audit.record(removal.communityId(), "petition.signatures.cancel", Petitions.OBJECT, removal.petitionId(),
                removal.removed() + " of " + removal.matched() + " removed when cancelled");
        return removal;
    }

    /**
     * The removals of a petition the caller read through {@link PetitionReading#view} (which
     * decided who may see it), oldest first; the page shows them publicly.
     */
    public List<SignatureRemoval> of(Petition petition) {
        return em.createNamedQuery(SignatureRemoval.OF_PETITION, SignatureRemoval.class)
                .setParameter("petition", petition.id()).getResultList();
    }

    /** The tally timer: one batch of every running removal, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void advance() {
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery("select id, community_id from signature_removal where status = 'RUNNING'")
                .getResultList();
        SignatureRemovals self = context.getBusinessObject(SignatureRemovals.class);
        for (Object[] row : running) {
            long removal = ((Number) row[0]).longValue();
            try {
                Acting.as(JOB, () -> CurrentCommunity.callAs(((Number) row[1]).longValue(), () -> {
                    self.advanceOne(removal);
                    return null;
                }));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Signature removal " + removal + " did not advance; the next run retries", e);
            }
        }
    }

    /** Internal (through the business proxy): marks the next batch of one removal. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advanceOne(long removalId) {
        SignatureRemoval removal = em.find(SignatureRemoval.class, removalId);
        if (removal == null) {
            return;
        }
        // the petition first, then the removal, as a cancellation takes them
        Petition petition = lifecycle.lock(removal.petitionId());
        em.lock(removal, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(removal);
        if (!removal.isRunning()) {
            return; // cancelled (or finished by another node) since the list was read
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = picked("select id", petition.id(), removal.rule(), removal.lastSignatureId())
                .setMaxResults(BATCH).getResultList();
        boolean last = ids.size() < BATCH;
        long first = ids.isEmpty() ? 0 : ids.get(0).longValue();
        long upTo = ids.isEmpty() ? removal.lastSignatureId() : ids.get(ids.size() - 1).longValue();
        int marked = ids.isEmpty() ? 0 : em.createNativeQuery("update signature set removal_id = ?1 where id in (?2) and removal_id is null")
                .setParameter(1, removal.id()).setParameter(2, ids.stream().map(Number::longValue).toList()).executeUpdate();
        removal.marked(marked, upTo, last, now);
        if (marked > 0) {
            notices.toRemovedSigners(petition, removal, first, upTo);
        }
        em.flush(); // the recount below reads this batch's count and, after the last one, that no removal runs
        lifecycle.settle(petition, now);
        if (last) {
            audit.record(petition.communityId(), "petition.signatures.removed", Petitions.OBJECT, petition.id(),
                    removal.removed() + " signatures removed: " + removal.reason());
        }
    }

    /** The counted signatures of a petition the rule picks, after a signature id, in id order. */
    private Query picked(String select, long petitionId, SignatureRule rule, long afterId) {
        StringBuilder sql = new StringBuilder(select).append(" from signature where petition_id = ?1 and removal_id is null and id > ?2");
        List<Object> values = new ArrayList<>(List.of(petitionId, afterId));
        if (rule.strength() != null) {
            values.add(rule.strength().name());
            sql.append(" and strength = ?").append(values.size());
        }
        if (rule.residency() != null) {
            values.add(rule.residency().name());
            sql.append(" and residency = ?").append(values.size());
        }
        if (rule.tokenId() != null) {
            values.add(rule.tokenId());
            sql.append(" and token_id = ?").append(values.size());
        }
        if (rule.signedFrom() != null) {
            values.add(Timestamp.from(rule.signedFrom()));
            sql.append(" and signed_at >= ?").append(values.size());
        }
        if (rule.signedTo() != null) {
            values.add(Timestamp.from(rule.signedTo()));
            sql.append(" and signed_at < ?").append(values.size());
        }
        if (select.equals("select id")) {
            sql.append(" order by id");
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    /** The rule in the audit's words. */
    static String describe(SignatureRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.strength() != null) {
            parts.add("sign-in " + rule.strength());
        }
        if (rule.residency() != null) {
            parts.add("residency " + rule.residency());
        }
        if (rule.tokenId() != null) {
            parts.add("token " + rule.tokenId());
        }
        if (rule.signedFrom() != null) {
            parts.add("from " + rule.signedFrom());
        }
        if (rule.signedTo() != null) {
            parts.add("before " + rule.signedTo());
        }
        return String.join(", ", parts);
    }
}
