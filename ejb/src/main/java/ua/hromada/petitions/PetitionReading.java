package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.Cursor;
import ua.hromada.core.DirectSql;
import ua.hromada.core.MalformedParameterException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.Page;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.Waiting;

/**
 * What people read about the current community's petitions. Drafts, submissions and rejections are
 * visible to their author and the moderators only; to everyone else they do not exist (404).
 */
@Stateless
public class PetitionReading {
    public static final int LIMIT_MAX = 100;
    /** Reports count as new on the console home for this long (reports are not closed one by one). */
    static final Duration REPORTS_RECENT = Duration.ofDays(7);

    private static final ConsoleTable<Petition> QUEUE = ConsoleTable.of(Petition.class, "p", "p.status = :status")
            .parameter("status", PetitionStatus.SUBMITTED).search("p.title", "p.authorName")
            .sort("due", "p.moderationDueAt").sort("submitted", "p.submittedAt").sort("title", "p.title")
            .sort("author", "p.authorName").build();
    private static final ConsoleTable<Petition> AWAITING_RESPONSE = ConsoleTable.of(Petition.class, "p", "p.status = :status")
            .parameter("status", PetitionStatus.UNDER_CONSIDERATION).search("p.title", "p.authorName")
            .sort("due", "p.considerationDueAt").sort("signatures", "p.signatureCount").sort("title", "p.title").build();
    private static final ConsoleTable<PetitionReport> REPORTS = ConsoleTable.of(PetitionReport.class, "r", "1 = 1")
            .search("r.note").sort("received", "r.createdAt").sort("petition", "r.petitionId").build();

    private static final String SIGNING_TERMS = "select status, rule_signers, rule_sign_in, rule_continue_after_threshold,"
            + " collection_ends_at from petition where id = ? and community_id = ?";

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectSql sql;

    @Inject
    PetitionPermissions permissions;

    @Inject
    CommunityCache cache;

    @Inject
    Clock clock;

    /**
     * Anyone: the current community (read-only, from the cache the request filter filled: a signing
     * surge would otherwise re-read it and its settings for every signature), refusing with 404 when
     * its petitions tool is off.
     */
    public Community community() {
        return cache.currentWithTool(PetitionsTool.KEY, "petitions.disabled");
    }

    /** Core's document download: whether the document is the response of a petition of the current community (public with it). */
    public boolean answeredWith(long documentId) {
        return em.createQuery("select count(p) from Petition p where p.responseDocumentId = :document", Long.class)
                .setParameter("document", documentId).getSingleResult() > 0;
    }

    /** Petition beans: the petition of the current community, whatever its status. */
    public Petition find(long id) {
        Community community = community();
        // by primary key (no query to translate); another community's petition is as unknown as a missing one
        Petition petition = em.find(Petition.class, id);
        if (petition == null || !petition.communityId().equals(community.id())) {
            throw new NotFoundException("petition.not-found", id);
        }
        return petition;
    }

    /**
     * Signing: what signing the petition of the current community depends on, in one direct
     * statement (the signing surge's hot path: no entity is loaded); 404 for another community's.
     */
    public SigningTerms signingTerms(long id) {
        long communityId = community().id();
        return sql.first(SIGNING_TERMS, row -> new SigningTerms(communityId, PetitionStatus.valueOf(row.getString(1)),
                Eligibility.valueOf(row.getString(2)), SignInStrength.valueOf(row.getString(3)), row.getBoolean(4),
                DirectSql.instant(row, 5)), id, communityId)
                .orElseThrow(() -> new NotFoundException("petition.not-found", id));
    }

    /** Anyone: a public petition; its author and the moderators also see it before publication. */
    public Petition view(long id) {
        Petition petition = find(id);
        if (!petition.status().isPublic() && !isAuthor(petition)
                && !permissions.allows(PetitionAction.MODERATE, petition.communityId())) {
            throw new NotFoundException("petition.not-found", id);
        }
        return petition;
    }

    /** Anyone: how many petitions of the current community collect signatures now (its home page card). */
    public long collectingCount() {
        return em.createQuery("select count(p) from Petition p where p.status = :status", Long.class)
                .setParameter("status", PetitionStatus.COLLECTING).getSingleResult();
    }

    /** Whether the current actor wrote the petition, in a browser session (a token reads nothing unpublished). */
    public boolean isAuthor(Petition petition) {
        Long person = Acting.current().personId();
        return person != null && person == petition.authorId() && Acting.current().token() == null;
    }

    /** Anyone: the public status history of a petition. */
    public List<PetitionEvent> history(long id) {
        Petition petition = view(id);
        return em.createNamedQuery(PetitionEvent.OF_PETITION, PetitionEvent.class).setParameter("petition", petition.id())
                .getResultList();
    }

    /**
     * Anyone: when moderators corrected typos in a public petition, oldest first; not what they
     * replaced (a correction may have taken out what should never have been published).
     */
    public List<Instant> correctionDates(long id) {
        Petition petition = view(id);
        return em.createNamedQuery(PetitionCorrection.DATES_OF_PETITION, Instant.class)
                .setParameter("petition", petition.id()).getResultList();
    }

    /** Moderators: a petition's typo corrections with the whole title and text each replaced, oldest first. */
    public List<PetitionCorrection> corrections(long id) {
        Petition petition = find(id);
        permissions.require(PetitionAction.MODERATE, petition.communityId());
        return em.createNamedQuery(PetitionCorrection.OF_PETITION, PetitionCorrection.class)
                .setParameter("petition", petition.id()).getResultList();
    }

    /** Anyone: the public list of signatories in signing order (name, date and time, as the law requires). */
    public Page<Signature> signatories(long id, String cursor, int limit) {
        Petition petition = view(id);
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        List<Signature> rows = em.createNamedQuery(Signature.PAGE, Signature.class).setParameter("petition", petition.id())
                .setParameter("after", after).setMaxResults(bounded(limit) + 1).getResultList();
        return Page.of(rows, bounded(limit), s -> Cursor.encode(s.id()));
    }

    /** Secretariat officers, local moderators and deputies: the signatory list to verify, any status. */
    public Page<Signature> signatoriesToVerify(long id, String cursor, int limit) {
        Petition petition = find(id);
        permissions.require(PetitionAction.EXPORT_SIGNATORIES, petition.communityId());
        return signatories(id, cursor, limit);
    }

    /** The signed-in person: their own signature under the petition, if they signed it. */
    public Optional<Signature> mySignature(long id) {
        Long person = Acting.current().personId();
        if (person == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Signature.OF_PERSON, Signature.class).setParameter("petition", id)
                .setParameter("person", person).getResultStream().findFirst();
    }

    /** Anyone: public petitions of the current community, filtered and sorted, a page at a time. */
    public Page<Petition> list(PetitionFilter filter, String cursor, int limit) {
        community();
        int n = bounded(limit);
        StringBuilder jpql = new StringBuilder("select p from Petition p where p.status in :statuses");
        List<PetitionStatus> statuses = filter.status() != null && filter.status().isPublic() ? List.of(filter.status())
                : publicStatuses();
        if (filter.category() != null) {
            jpql.append(" and p.category = :category");
        }
        List<Long> matching = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            matching = matchingTitles(filter.text(), 1000);
            jpql.append(" and p.id in :matching");
        }
        long[] keys = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, 2);
        PetitionSort sort = filter.sort() == null ? PetitionSort.NEWEST : filter.sort();
        if (keys != null) {
            jpql.append(sort.after());
        }
        jpql.append(sort.orderBy());
        var query = em.createQuery(jpql.toString(), Petition.class).setParameter("statuses", statuses);
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (matching != null) {
            query.setParameter("matching", matching.isEmpty() ? List.of(-1L) : matching);
        }
        if (keys != null) {
            sort.bind(query, keys);
        }
        List<Petition> rows = query.setMaxResults(n + 1).getResultList();
        return Page.of(rows, n, sort::cursorOf);
    }

    /** Anyone, while drafting: public petitions of the community whose titles resemble {@code title}. */
    public List<Petition> similar(String title, int limit) {
        community();
        List<Long> ids = matchingTitles(title, limit * 3);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Petition p where p.id in :ids and p.status in :statuses", Petition.class)
                .setParameter("ids", ids).setParameter("statuses", publicStatuses()).setMaxResults(limit).getResultList();
    }

    /** The signed-in person: the petitions they wrote in the current community, newest first. */
    public List<Petition> mine() {
        community();
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        return em.createQuery("select p from Petition p where p.authorId = :person order by p.id desc", Petition.class)
                .setParameter("person", person).setMaxResults(LIMIT_MAX).getResultList();
    }

    /** The signed-in person: petitions of the current community they signed, latest signature first. */
    public List<Petition> signedByMe() {
        community();
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        return em.createQuery("select p from Petition p, Signature s where s.petitionId = p.id and s.personId = :person"
                + " order by s.id desc", Petition.class).setParameter("person", person).setMaxResults(LIMIT_MAX).getResultList();
    }

    /** A petition with the address of its community, for lists that span communities. */
    public record Located(Petition petition, String communitySlug, Instant signedAt) {
    }

    /** The signed-in person (their cabinet): their petitions in every community, newest first. */
    public List<Located> mineEverywhere() {
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        // the tenant filter is decided when the first query opens the session: lift it for this person's own list
        return CurrentCommunity.callAs(CurrentCommunity.ALL, () -> em.createQuery("select p, c.slug from Petition p,"
                + " Community c where c.id = p.communityId and p.authorId = :person order by p.id desc",
                Object[].class).setParameter("person", person).setMaxResults(LIMIT_MAX).getResultList().stream()
                .map(r -> new Located((Petition) r[0], (String) r[1], null)).toList());
    }

    /** The signed-in person (their cabinet): petitions they signed in every community, latest first. */
    public List<Located> signedByMeEverywhere() {
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        return CurrentCommunity.callAs(CurrentCommunity.ALL, () -> em.createQuery("select p, c.slug, s.signedAt from Petition p,"
                + " Signature s, Community c where s.petitionId = p.id and c.id = p.communityId"
                + " and s.personId = :person order by s.id desc", Object[].class).setParameter("person", person)
                .setMaxResults(LIMIT_MAX).getResultList().stream()
                .map(r -> new Located((Petition) r[0], (String) r[1], (Instant) r[2])).toList());
    }

    /** Moderators: petitions waiting for moderation, a page of the console table (most urgent first by default). */
    public TableRows<Petition> queue(TableQuery query) {
        permissions.require(PetitionAction.MODERATE, community().id());
        return QUEUE.fetch(em, query);
    }

    /** Moderators: the most urgent petition waiting for moderation, to review next. */
    public Optional<Petition> nextInQueue() {
        return queue(new TableQuery(0, 1, null, false, null)).rows().stream().findFirst();
    }

    /** Moderators and the secretariat: petitions waiting for the official response, a page of the console table. */
    public TableRows<Petition> awaitingResponse(TableQuery query) {
        permissions.require(PetitionAction.RESPOND, community().id());
        return AWAITING_RESPONSE.fetch(em, query);
    }

    /** Moderators: reports about the community's petitions, a page of the console table (latest first by default). */
    public TableRows<PetitionReport> reports(TableQuery query) {
        permissions.require(PetitionAction.MODERATE, community().id());
        return REPORTS.fetch(em, query);
    }

    /**
     * Anyone: public figures of one community's petitions, or of every community's with null:
     * published petitions, those collecting signatures, those answered, and their signatures.
     * Native SQL, so the tenant filter does not narrow the platform-wide figures.
     */
    public List<Statistic> statistics(Long communityId) {
        String statuses = publicStatuses().stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        var query = em.createNativeQuery("select count(*), coalesce(sum(status = 'COLLECTING'), 0),"
                + " coalesce(sum(status = 'ANSWERED'), 0), coalesce(sum(signature_count), 0) from petition where status in ("
                + statuses + ")" + (communityId == null ? "" : " and community_id = ?1"));
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(new Statistic("published", "petitions.statistic.published", ((Number) row[0]).longValue()),
                new Statistic("collecting", "petitions.statistic.collecting", ((Number) row[1]).longValue()),
                new Statistic("answered", "petitions.statistic.answered", ((Number) row[2]).longValue()),
                new Statistic("signatures", "petitions.statistic.signatures", ((Number) row[3]).longValue()));
    }

    /**
     * What waits for the signed-in official in this community's petitions console: submissions to
     * moderate and petitions to answer (with what falls due today and what is overdue), reports of
     * the past week; only what they may act on.
     */
    public List<Waiting> waiting() {
        Community community = community();
        Instant now = clock.instant();
        Instant endOfDay = LocalDate.ofInstant(now, community.zone()).plusDays(1).atStartOfDay(community.zone()).toInstant();
        List<Waiting> waiting = new ArrayList<>();
        if (permissions.allows(PetitionAction.MODERATE, community.id())) {
            waiting.add(dueCounts(PetitionStatus.SUBMITTED, "p.moderationDueAt", now, endOfDay,
                    "petition.waiting.moderation", PetitionsTool.QUEUE_PATH));
        }
        if (permissions.allows(PetitionAction.RESPOND, community.id())) {
            waiting.add(dueCounts(PetitionStatus.UNDER_CONSIDERATION, "p.considerationDueAt", now, endOfDay,
                    "petition.waiting.response", PetitionsTool.RESPONSES_PATH));
        }
        if (permissions.allows(PetitionAction.MODERATE, community.id())) {
            long reports = em.createQuery("select count(r) from PetitionReport r where r.createdAt >= :since", Long.class)
                    .setParameter("since", now.minus(REPORTS_RECENT)).getSingleResult();
            waiting.add(Waiting.undated("petition.waiting.reports", reports, PetitionsTool.REPORTS_PATH));
        }
        return waiting;
    }

    private Waiting dueCounts(PetitionStatus status, String due, Instant now, Instant endOfDay, String labelKey, String path) {
        Object[] counts = em.createQuery("select count(p), coalesce(sum(case when " + due + " >= :now and " + due
                + " < :endOfDay then 1 else 0 end), 0), coalesce(sum(case when " + due + " < :now then 1 else 0 end), 0)"
                + " from Petition p where p.status = :status", Object[].class)
                .setParameter("status", status).setParameter("now", now).setParameter("endOfDay", endOfDay).getSingleResult();
        return new Waiting(labelKey, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(), path);
    }

    private List<Long> matchingTitles(String text, int limit) {
        String terms = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select id from petition where community_id = ?1"
                + " and match(title) against (?2 in natural language mode) limit " + limit)
                .setParameter(1, CurrentCommunity.id()).setParameter(2, terms).getResultList();
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        return ids;
    }

    /** The statuses anyone may see, in lifecycle order. */
    public static List<PetitionStatus> publicStatuses() {
        return java.util.Arrays.stream(PetitionStatus.values()).filter(PetitionStatus::isPublic).toList();
    }

    static int bounded(int limit) {
        return Math.max(1, Math.min(limit, LIMIT_MAX));
    }

    /** What the public list is narrowed to; null fields do not filter; the search text is at most {@link #TEXT_MAX} long. */
    public record PetitionFilter(PetitionStatus status, PetitionCategory category, String text, PetitionSort sort) {
        public static final int TEXT_MAX = 200;

        public PetitionFilter {
            if (text != null && text.length() > TEXT_MAX) {
                throw new MalformedParameterException("param.q.too-long", TEXT_MAX);
            }
        }
    }
}
