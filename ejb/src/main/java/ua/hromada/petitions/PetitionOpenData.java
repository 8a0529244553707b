package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ua.hromada.core.Cursor;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data: every public petition with its status, counts, deadlines and response, for one
 * community or the whole platform, in id order so harvesters can page through all of it.
 */
@Stateless
public class PetitionOpenData {
    @PersistenceContext
    EntityManager em;

    /** A public petition with the address of its community and its removals of signatures. */
    public record Row(Petition petition, String communitySlug, List<SignatureRemoval> removals) {
    }

    /** Anyone: public petitions of the current community (the URL's), or of all communities when none is set. */
    public Page<Row> page(String cursor, int limit) {
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        long community = CurrentCommunity.id();
        // the tenant filter is decided when the first query opens the session: lift it for the platform-wide list
        return CurrentCommunity.callAs(community > 0 ? community : CurrentCommunity.ALL, () -> {
            List<Row> rows = em.createQuery("select p, c.slug from Petition p, Community c"
                    + " where c.id = p.communityId and p.status in :statuses and p.id > :after order by p.id", Object[].class)
                    .setParameter("statuses", PetitionReading.publicStatuses()).setParameter("after", after)
                    .setMaxResults(PetitionReading.bounded(limit) + 1).getResultList().stream()
                    .map(r -> new Row((Petition) r[0], (String) r[1], List.of())).toList();
            return Page.of(withRemovals(rows), PetitionReading.bounded(limit), r -> Cursor.encode(r.petition().id()));
        });
    }

    /** The page's removals in one query (most petitions have none). */
    private List<Row> withRemovals(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<SignatureRemoval>> byPetition = em.createQuery("select r from SignatureRemoval r"
                + " where r.petitionId in :ids order by r.id", SignatureRemoval.class)
                .setParameter("ids", rows.stream().map(r -> r.petition().id()).toList()).getResultStream()
                .collect(Collectors.groupingBy(SignatureRemoval::petitionId));
        return rows.stream().map(r -> new Row(r.petition(), r.communitySlug(), byPetition.getOrDefault(r.petition().id(), List.of())))
                .toList();
    }

    /** Anyone: when a public petition of the current community (or of any, when none is set) last changed; counts are live. */
    public Optional<Instant> lastChange() {
        long community = CurrentCommunity.id();
        return CurrentCommunity.callAs(community > 0 ? community : CurrentCommunity.ALL, () -> Optional.ofNullable(
                em.createQuery("select max(p.updatedAt) from Petition p where p.status in :statuses", Instant.class)
                        .setParameter("statuses", PetitionReading.publicStatuses()).getSingleResult()));
    }
}
