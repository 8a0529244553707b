package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.Upload;
import ua.hromada.core.identity.People;
import ua.hromada.core.tenancy.Community;

/**
 * Draft decisions: registered by the secretariat or by a deputy as their initiator, revised by
 * the secretariat (every version kept, the newest current), co-sponsored by deputies; each step
 * audited. A version's PDF goes through core's document store, which checks its content and size.
 */
@Stateless
public class DraftDecisions {
    static final String OBJECT = "council-draft";

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Documents documents;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** What registers a draft: {@code initiator} is typed by the secretariat and ignored for a deputy, who initiates it themself. */
    public record Registration(String number, String title, String initiator, long committeeId, String text, Upload pdf) {
    }

    /** The secretariat, or a deputy as its initiator: registers a draft with its first version. */
    public DraftDecision register(Registration registration) {
        Community community = reading.community();
        permissions.require(CouncilAction.REGISTER, community.id());
        Committee committee = em.find(Committee.class, registration.committeeId());
        if (committee == null || !community.id().equals(committee.communityId())) {
            throw new InvalidInputException("council.draft.committee");
        }
        Instant now = clock.instant();
        DraftDecision draft = new DraftDecision(registration.number(), registration.title(), initiator(community, registration.initiator()),
                registration.committeeId(), now);
        if (em.createQuery("select count(d) from DraftDecision d where d.number = :n", Long.class).setParameter("n", draft.number())
                .getSingleResult() > 0) {
            throw new InvalidInputException("council.draft.number.taken", draft.number());
        }
        em.persist(draft);
        em.flush(); // the unique key on (community, number) settles a race the count above lost
        em.persist(new DraftVersion(draft.id(), 1, registration.text(), stored(registration.pdf()), now));
        audit.record(community.id(), "council.draft.register", OBJECT, draft.id(), "№ " + draft.number());
        return draft;
    }

    /** The secretariat: a new version of the draft's text (and PDF, if given) becomes current; the earlier ones stay. */
    public DraftVersion revise(long draftId, String text, Upload pdf) {
        Community community = reading.community();
        permissions.require(CouncilAction.REVISE, community.id());
        DraftDecision draft = reading.draft(draftId).draft();
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // two revisions at once: one fails rather than both taking the same number
        Instant now = clock.instant();
        Long document = stored(pdf);
        DraftVersion version = new DraftVersion(draft.id(), draft.currentVersion() + 1, text, document, now);
        draft.revise(now);
        em.persist(version);
        audit.record(community.id(), "council.draft.revise", OBJECT, draft.id(), "version " + version.number());
        return version;
    }

    /** The secretariat: the draft's co-sponsors, deputies of the community (their profile ids). */
    public DraftDecision sponsor(long draftId, Collection<Long> deputyIds) {
        Community community = reading.community();
        permissions.require(CouncilAction.REVISE, community.id());
        DraftDecision draft = reading.draft(draftId).draft();
        Set<Long> sponsors = new TreeSet<>(deputyIds == null ? List.of() : deputyIds);
        if (!sponsors.isEmpty() && em.createQuery("select count(d) from DeputyProfile d where d.id in :ids", Long.class)
                .setParameter("ids", sponsors).getSingleResult() != sponsors.size()) {
            throw new InvalidInputException("council.draft.sponsor");
        }
        draft.sponsoredBy(sponsors);
        audit.record(community.id(), "council.draft.sponsors", OBJECT, draft.id(), "deputies " + sponsors);
        return draft;
    }

    // a deputy registers as the initiator under their profile's name (or the provider's); the secretariat names whoever initiated
    private String initiator(Community community, String typed) {
        if (permissions.allows(CouncilAction.STRUCTURE, community.id())
                || !Acting.current().rolesIn(community.id()).contains(Role.DEPUTY)) {
            return typed;
        }
        long me = Acting.current().personId();
        return em.createNamedQuery(DeputyProfile.OF_PERSON, DeputyProfile.class).setParameter("person", me).getResultStream()
                .map(DeputyProfile::name).findFirst().orElseGet(() -> people.holdOpen(me));
    }

    private Long stored(Upload pdf) {
        return pdf == null ? null : documents.store(pdf.fileName(), pdf.content(), EnumSet.of(DocumentKind.PDF)).id();
    }
}
