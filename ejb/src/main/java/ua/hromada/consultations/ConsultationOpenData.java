package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.hromada.core.Cursor;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data: every public consultation with its dates, phase, comment count and report, for one
 * community or the whole platform, in id order so harvesters can page through all of it.
 */
@Stateless
public class ConsultationOpenData {
    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    /** A public consultation with the address of its community and how many comments it has. */
    public record Row(Consultation consultation, String communitySlug, long comments) {
    }

    /** Anyone: public consultations of the current community (the URL's), or of all communities when none is set. */
    public Page<Row> page(String cursor, int limit) {
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        int n = Page.bounded(limit);
        long community = CurrentCommunity.id();
        // the tenant filter is decided when the first query opens the session: lift it for the platform-wide list
        return CurrentCommunity.callAs(community > 0 ? community : CurrentCommunity.ALL, () -> {
            List<Object[]> rows = em.createQuery("select c, m.slug from Consultation c, Community m where m.id = c.communityId"
                    + " and c.status <> :draft and c.id > :after order by c.id", Object[].class)
                    .setParameter("draft", ConsultationStatus.DRAFT).setParameter("after", after).setMaxResults(n + 1).getResultList();
            Map<Long, Long> counts = reading.commentCounts(rows.stream().map(r -> ((Consultation) r[0]).id()).toList());
            List<Row> page = rows.stream().map(r -> new Row((Consultation) r[0], (String) r[1],
                    counts.getOrDefault(((Consultation) r[0]).id(), 0L))).toList();
            return Page.of(page, n, r -> Cursor.encode(r.consultation().id()));
        });
    }

    /** Anyone: when a public consultation of the current community (or of any, when none is set) last changed. */
    public Optional<Instant> lastChange() {
        long community = CurrentCommunity.id();
        return CurrentCommunity.callAs(community > 0 ? community : CurrentCommunity.ALL, () -> Optional.ofNullable(
                em.createQuery("select max(c.updatedAt) from Consultation c where c.status <> :draft", Instant.class)
                        .setParameter("draft", ConsultationStatus.DRAFT).getSingleResult()));
    }
}
