package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.hromada.core.access.Acting;
import ua.hromada.core.identity.People;
import ua.hromada.core.tenancy.Community;

/**
 * A deputy's own desk: drafts marked read (at the version read) and private notes. Nothing here
 * is audited or published: it is the deputy's alone, and every read names the current person as
 * its owner, so no caller — another deputy, the secretariat, a platform administrator — reaches
 * another's marks or notes.
 */
@Stateless
public class DeputyDesk {
    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** Deputies: marks the draft read at its current version (again: moves the mark to the current one). */
    public void markRead(long draftId) {
        Community community = reading.community();
        permissions.require(CouncilAction.READ, community.id());
        DraftDecision draft = reading.draft(draftId).draft();
        long me = Acting.current().personId();
        people.holdOpen(me);
        em.createNativeQuery("insert into council_draft_read (draft_id, person_id, community_id, version_read, read_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on duplicate key update version_read = values(version_read), read_at = values(read_at)")
                .setParameter(1, draft.id()).setParameter(2, me).setParameter(3, community.id()).setParameter(4, draft.currentVersion())
                .setParameter(5, clock.instant()).executeUpdate();
    }

    /** Deputies: the version of each draft of the community they marked read (by draft id; absent: never read). */
    public Map<Long, Integer> readMarks() {
        Community community = reading.community();
        permissions.require(CouncilAction.READ, community.id());
        Map<Long, Integer> marks = new HashMap<>();
        for (Object r : em.createNativeQuery("select draft_id, version_read from council_draft_read where person_id = ?1 and community_id = ?2")
                .setParameter(1, Acting.current().personId()).setParameter(2, community.id()).getResultList()) {
            Object[] row = (Object[]) r;
            marks.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return marks;
    }

    /** The note's author only: their note on the draft, if they wrote one. */
    public Optional<DraftNote> note(long draftId) {
        Community community = reading.community();
        Long me = Acting.current().personId();
        permissions.requireNoteOf(community.id(), me);
        reading.draft(draftId);
        List<DraftNote> own = em.createNamedQuery(DraftNote.OWN, DraftNote.class).setParameter("draft", draftId).setParameter("person", me)
                .getResultList();
        own.forEach(n -> permissions.requireNoteOf(community.id(), n.personId())); // the query's condition, said once more where it matters
        return own.stream().findFirst();
    }

    /** The note's author only: writes their note on the draft (an empty text deletes it). */
    public Optional<DraftNote> writeNote(long draftId, String text) {
        Community community = reading.community();
        Optional<DraftNote> existing = note(draftId);
        Instant now = clock.instant();
        if (text == null || text.isBlank()) {
            existing.ifPresent(em::remove);
            return Optional.empty();
        }
        if (existing.isPresent()) {
            existing.get().rewrite(text, now);
            return existing;
        }
        long me = Acting.current().personId();
        people.holdOpen(me);
        DraftNote note = new DraftNote(draftId, me, text, now);
        em.persist(note);
        return Optional.of(note);
    }
}
