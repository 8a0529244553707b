package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ua.hromada.core.Cursor;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Open data: every project of a published contest past its draft, with its contest, category,
 * cost, where it stands and its implementation, for one community or the whole platform, in id
 * order so harvesters can page through all of it. Nothing beyond the project pages: no authors'
 * names or contacts, no ballots.
 */
@Stateless
public class BudgetOpenData {
    @PersistenceContext
    EntityManager em;

    /** A public project with its community's address, its contest's title and its category's name. */
    public record Row(BudgetProject project, String communitySlug, String contestTitle, String categoryName) {
    }

    /** Anyone: public projects of the current community (the URL's), or of all communities when none is set. */
    public Page<Row> page(String cursor, int limit) {
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        int n = Page.bounded(limit);
        long community = CurrentCommunity.id();
        // the tenant filter is decided when the first query opens the session: lift it for the platform-wide list
        return CurrentCommunity.callAs(community > 0 ? community : CurrentCommunity.ALL, () -> {
            List<Object[]> rows = em.createQuery("select p, m.slug, c.title from BudgetProject p, Community m, Contest c"
                    + " where m.id = p.communityId and c.id = p.contestId and c.publishedAt is not null and p.status <> :draft"
                    + " and p.id > :after order by p.id", Object[].class)
                    .setParameter("draft", ProjectStatus.DRAFT).setParameter("after", after).setMaxResults(n + 1).getResultList();
            Map<Long, String> categories = categoryNames(rows.stream().map(r -> ((BudgetProject) r[0]).categoryId()).toList());
            List<Row> page = rows.stream().map(r -> {
                BudgetProject p = (BudgetProject) r[0];
                return new Row(p, (String) r[1], (String) r[2], categories.get(p.categoryId()));
            }).toList();
            return Page.of(page, n, r -> Cursor.encode(r.project().id()));
        });
    }

    private Map<Long, String> categoryNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!known.isEmpty()) {
            for (Object[] r : em.createQuery("select k.id, k.name from ContestCategory k where k.id in :ids", Object[].class)
                    .setParameter("ids", known).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }

    /** Anyone: when a public project of the current community (or of any, when none is set) last changed, its implementation included. */
    public Optional<Instant> lastChange() {
        long community = CurrentCommunity.id();
        return CurrentCommunity.callAs(community > 0 ? community : CurrentCommunity.ALL, () -> {
            Object[] r = em.createQuery("select max(p.updatedAt), max(p.implementationUpdatedAt) from BudgetProject p, Contest c"
                    + " where c.id = p.contestId and c.publishedAt is not null and p.status <> :draft", Object[].class)
                    .setParameter("draft", ProjectStatus.DRAFT).getSingleResult();
            Instant changed = (Instant) r[0];
            Instant implemented = (Instant) r[1];
            return Optional.ofNullable(implemented != null && (changed == null || implemented.isAfter(changed)) ? implemented : changed);
        });
    }
}
