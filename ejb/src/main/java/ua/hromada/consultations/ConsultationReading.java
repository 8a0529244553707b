package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.DirectSql;
import ua.hromada.core.Cursor;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.Waiting;

/** What anyone reads of the current community's consultations, and what its moderators read. */
@Stateless
public class ConsultationReading {
    private static final ConsoleTable<Consultation> ALL = ConsoleTable.of(Consultation.class, "c", "1 = 1")
            .search("c.title").sort("newest", "c.createdAt").sort("ends", "c.endsAt").sort("title", "c.title").build();

    /** An answer with its replies, oldest first. */
    public record Thread(ConsultationComment answer, List<ConsultationComment> replies) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    CommunityCache cache;

    @Inject
    PollTallies tallies;

    @Inject
    Clock clock;

    /** Anyone: the current community, refusing with 404 when its consultations tool is off. */
    public Community community() {
        return cache.currentWithTool(ConsultationsTool.KEY, "consultations.disabled");
    }

    /** Consultation beans: the consultation of the current community, whatever its status. */
    public Consultation find(long id) {
        Community community = community();
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null || !consultation.communityId().equals(community.id())) {
            throw new NotFoundException("consultation.not-found", id);
        }
        return consultation;
    }

    /** Anyone: a public consultation; the moderators also see drafts. */
    public Consultation view(long id) {
        Consultation consultation = find(id);
        if (!consultation.isPublic() && !permissions.allows(ConsultationAction.MANAGE, consultation.communityId())) {
            throw new NotFoundException("consultation.not-found", id);
        }
        return consultation;
    }

    /** The public consultation, if the current actor may take part in it now (it has started and not ended). */
    public Consultation open(long id, ConsultationAction action) {
        Consultation consultation = view(id);
        if (!consultation.isPublic()) {
            throw new NotFoundException("consultation.not-found", id);
        }
        permissions.require(action, consultation);
        ConsultationPhase phase = consultation.phase(clock.instant());
        if (phase == ConsultationPhase.UPCOMING) {
            throw new ConflictException("consultation.not-started");
        }
        if (phase != ConsultationPhase.OPEN) {
            throw new ConflictException("consultation.closed");
        }
        return consultation;
    }

    /** Anyone who may see the poll: its questions with their options, in order (none for another kind). */
    public List<PollQuestion> questions(long id) {
        return em.createNamedQuery(PollQuestion.OF_POLL, PollQuestion.class).setParameter("poll", id).getResultList();
    }

    /**
     * Anyone: a public poll's results (counted at most a few seconds ago, {@link PollTallies}), or
     * empty while they are not shown (before its start; until its end where it says so).
     */
    public Optional<PollTally> tally(long id) {
        Consultation poll = view(id);
        if (!poll.isPoll() || !poll.resultsVisible(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(tallies.of(id, () -> tally(poll, questions(id))));
    }

    PollTally tally(Consultation poll, List<PollQuestion> questions) {
        long respondents = ((Number) em.createNativeQuery("select count(*) from poll_response where consultation_id = ?1")
                .setParameter(1, poll.id()).getSingleResult()).longValue();
        Map<Long, Map<Integer, Long>> counts = new HashMap<>();
        for (Object r : em.createNativeQuery("select option_id, value, count(*) from poll_choice where consultation_id = ?1"
                + " group by option_id, value").setParameter(1, poll.id()).getResultList()) {
            Object[] row = (Object[]) r;
            counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue());
        }
        Map<Long, Long> others = new HashMap<>();
        for (Object r : em.createNativeQuery("select question_id, count(*) from poll_other where consultation_id = ?1"
                + " group by question_id").setParameter(1, poll.id()).getResultList()) {
            Object[] row = (Object[]) r;
            others.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return PollTally.of(questions, respondents, counts, others);
    }

    /**
     * The moderators: a poll's "other" answers by question id, newest first, up to {@code limit}
     * each (they are not published: only their count is).
     */
    public Map<Long, List<String>> otherAnswers(long id, int limit) {
        permissions.require(ConsultationAction.MANAGE, community().id());
        Map<Long, List<String>> texts = new HashMap<>();
        for (Object r : em.createNativeQuery("select o.question_id, o.text from poll_other o join poll_response r on r.id = o.response_id"
                + " where o.consultation_id = ?1 order by r.answered_at desc").setParameter(1, id).getResultList()) {
            Object[] row = (Object[]) r;
            List<String> of = texts.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>());
            if (of.size() < limit) {
                of.add((String) row[1]);
            }
        }
        return texts;
    }

    /** The signed-in person's response to a poll as answers by question, and when they gave it; empty when they have none. */
    public Optional<PollResponse> myResponse(long id) {
        Long person = Acting.current().personId();
        if (person == null) {
            return Optional.empty();
        }
        List<?> found = em.createNativeQuery("select id, answered_at from poll_response where consultation_id = ?1 and person_id = ?2")
                .setParameter(1, id).setParameter(2, person).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = (Object[]) found.get(0);
        long response = ((Number) head[0]).longValue();
        Map<Long, Long> questionOf = new HashMap<>();
        Map<Long, QuestionType> typeOf = new HashMap<>();
        for (PollQuestion q : questions(id)) {
            q.options().forEach(o -> questionOf.put(o.id(), q.id()));
            typeOf.put(q.id(), q.type());
        }
        Map<Long, List<long[]>> chosen = new HashMap<>();
        for (Object r : em.createNativeQuery("select option_id, value from poll_choice where response_id = ?1 order by value, option_id")
                .setParameter(1, response).getResultList()) {
            Object[] row = (Object[]) r;
            long option = ((Number) row[0]).longValue();
            chosen.computeIfAbsent(questionOf.get(option), k -> new ArrayList<>()).add(new long[] {option, ((Number) row[1]).longValue()});
        }
        Map<Long, String> others = new HashMap<>();
        for (Object r : em.createNativeQuery("select question_id, text from poll_other where response_id = ?1").setParameter(1, response)
                .getResultList()) {
            Object[] row = (Object[]) r;
            others.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        Map<Long, PollAnswer> answers = new HashMap<>();
        for (Map.Entry<Long, QuestionType> q : typeOf.entrySet()) {
            List<long[]> rows = chosen.getOrDefault(q.getKey(), List.of());
            answers.put(q.getKey(), q.getValue() == QuestionType.SCORING
                    ? PollAnswer.scoring(q.getKey(), rows.stream().collect(Collectors.toMap(c -> c[0], c -> (int) c[1])))
                    : PollAnswer.choosing(q.getKey(), rows.stream().map(c -> c[0]).toList(), others.get(q.getKey())));
        }
        return Optional.of(new PollResponse(Map.copyOf(answers), DirectSql.instant(head[1])));
    }

    /**
     * What a consultation's final report gives an outcome for: each section of a discussion's act
     * as it stands, then each topic proposal taken into the consultation.
     */
    public List<ReportOutcome.Item> reportItems(Consultation consultation) {
        List<ReportOutcome.Item> items = new ArrayList<>();
        if (consultation.isDiscussion()) {
            sections(consultation, Math.max(1, consultation.actVersion()))
                    .forEach(s -> items.add(new ReportOutcome.Item(ReportOutcome.Kind.SECTION, s.key(), s.title())));
        }
        em.createQuery("select p from TopicProposal p where p.consultationId = :consultation order by p.id", TopicProposal.class)
                .setParameter("consultation", consultation.id()).getResultStream()
                .forEach(p -> items.add(new ReportOutcome.Item(ReportOutcome.Kind.PROPOSAL, p.id(), p.title())));
        return items;
    }

    /** Anyone who may see the consultation: its report's outcomes, in the report's order (none before the report). */
    public List<ReportOutcome> outcomes(long id) {
        List<ReportOutcome> outcomes = new ArrayList<>();
        for (Object r : em.createNativeQuery("select item_kind, item_key, title, outcome, reason from consultation_outcome"
                + " where consultation_id = ?1 order by position").setParameter(1, id).getResultList()) {
            Object[] row = (Object[]) r;
            outcomes.add(new ReportOutcome(new ReportOutcome.Item(ReportOutcome.Kind.valueOf((String) row[0]), ((Number) row[1]).longValue(),
                    (String) row[2]), ReportOutcome.Decision.valueOf((String) row[3]), (String) row[4]));
        }
        return outcomes;
    }

    /** Anyone who may see the consultation: its attached documents, in their order. */
    public List<StoredDocument> documents(long id) {
        List<?> ids = em.createNativeQuery("select document_id from consultation_document where consultation_id = ?1 order by position")
                .setParameter(1, id).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(i -> ((Number) i).longValue()).toList();
        Map<Long, StoredDocument> byId = em.createQuery("select d from StoredDocument d where d.id in :ids", StoredDocument.class)
                .setParameter("ids", order).getResultStream().collect(Collectors.toMap(StoredDocument::id, d -> d));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Core's document download (through the manifest): whether the document is attached to a
     * consultation of the current community that is public, or that the visitor manages.
     */
    public boolean showsDocument(long documentId) {
        List<?> rows = em.createNativeQuery("select c.status, c.community_id from consultation_document d join consultation c"
                + " on c.id = d.consultation_id where d.document_id = ?1 and d.community_id = ?2")
                .setParameter(1, documentId).setParameter(2, CurrentCommunity.id()).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        return !ConsultationStatus.DRAFT.name().equals(row[0])
                || permissions.allows(ConsultationAction.MANAGE, ((Number) row[1]).longValue());
    }

    /** A discussion's sections of one version of its act, in order (the caller has the consultation in view). */
    public List<RegulationSection> sections(Consultation act, int version) {
        return em.createNamedQuery(RegulationSection.OF_VERSION, RegulationSection.class).setParameter("act", act.id())
                .setParameter("version", version).getResultList();
    }

    /** The highest section key a discussion has used in any version (0 for none). */
    public int highestSectionKey(long id) {
        return ((Number) em.createNativeQuery("select coalesce(max(section_key), 0) from regulation_section where consultation_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
    }

    /**
     * Anyone: a public discussion's act as it stands (its current version's sections) and as it
     * stood in the version before, its versions, the support and opposition by section (key 0: the
     * act as a whole) and the comments by section.
     */
    public Act act(long id) {
        Consultation act = view(id);
        if (!act.isDiscussion()) {
            throw new NotFoundException("consultation.not-found", id);
        }
        int version = Math.max(1, act.actVersion());
        List<RegulationSection> current = sections(act, version);
        List<RegulationSection> previous = version > 1 ? sections(act, version - 1) : List.of();
        List<RegulationVersion> versions = em.createNamedQuery(RegulationVersion.OF_ACT, RegulationVersion.class)
                .setParameter("act", id).getResultList();
        Map<Integer, long[]> stances = new HashMap<>();
        for (Object r : em.createNativeQuery("select section_key, stance, count(*) from regulation_stance where consultation_id = ?1"
                + " group by section_key, stance").setParameter(1, id).getResultList()) {
            Object[] row = (Object[]) r;
            stances.computeIfAbsent(((Number) row[0]).intValue(), k -> new long[2])[Stance.valueOf((String) row[1]).ordinal()] =
                    ((Number) row[2]).longValue();
        }
        Map<Integer, Long> comments = new HashMap<>();
        for (Object r : em.createNativeQuery("select section_key, count(*) from consultation_comment where consultation_id = ?1"
                + " and section_key is not null group by section_key").setParameter(1, id).getResultList()) {
            Object[] row = (Object[]) r;
            comments.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return new Act(act, current, previous, List.copyOf(versions), Map.copyOf(stances), Map.copyOf(comments));
    }

    /** A discussion's act: see {@link #act}. Stances by key are {support, oppose}. */
    public record Act(Consultation consultation, List<RegulationSection> sections, List<RegulationSection> previous,
            List<RegulationVersion> versions, Map<Integer, long[]> stances, Map<Integer, Long> comments) {
        public long support(int key) {
            return stances.getOrDefault(key, new long[2])[0];
        }

        public long oppose(int key) {
            return stances.getOrDefault(key, new long[2])[1];
        }

        /** The section of the version before with this key, or null for a section new in this version. */
        public RegulationSection before(int key) {
            return previous.stream().filter(s -> s.key() == key).findFirst().orElse(null);
        }

        /** Sections of the version before that this version no longer has. */
        public List<RegulationSection> removed() {
            return previous.stream().filter(p -> sections.stream().noneMatch(s -> s.key() == p.key())).toList();
        }

        public RegulationVersion current() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }

    /** The signed-in person's stances on a discussion's act, by section key (0: the act as a whole). */
    public Map<Integer, Stance> myStances(long id) {
        Long person = Acting.current().personId();
        if (person == null) {
            return Map.of();
        }
        Map<Integer, Stance> mine = new HashMap<>();
        for (Object r : em.createNativeQuery("select section_key, stance from regulation_stance where consultation_id = ?1"
                + " and person_id = ?2").setParameter(1, id).setParameter(2, person).getResultList()) {
            Object[] row = (Object[]) r;
            mine.put(((Number) row[0]).intValue(), Stance.valueOf((String) row[1]));
        }
        return mine;
    }

    /** Anyone: the comments on the sections of a public discussion's act by section key, oldest first, each with its replies. */
    public Map<Integer, List<Thread>> sectionThreads(long id) {
        Consultation act = view(id);
        List<ConsultationComment> answers = em.createNamedQuery(ConsultationComment.OF_SECTIONS, ConsultationComment.class)
                .setParameter("consultation", act.id()).getResultList();
        return withReplies(answers).stream().collect(Collectors.groupingBy(t -> t.answer().sectionKey()));
    }

    /** One person's response to a poll: their answers by question, and when they last gave it. */
    public record PollResponse(Map<Long, PollAnswer> answers, Instant answeredAt) {
    }

    /** Anyone: the public consultations of the current community, newest first, a page at a time. */
    public Page<Consultation> list(String cursor, int limit) {
        community();
        int n = Page.bounded(limit);
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor, 1)[0];
        List<Consultation> rows = em.createNamedQuery(Consultation.PUBLIC_PAGE, Consultation.class)
                .setParameter("draft", ConsultationStatus.DRAFT).setParameter("before", before).setMaxResults(n + 1).getResultList();
        return Page.of(rows, n, c -> Cursor.encode(c.id()));
    }

    /** Anyone: a public consultation's answers, oldest first, each with its replies; a page of answers at a time. */
    public Page<Thread> threads(long id, String cursor, int limit) {
        Consultation consultation = view(id);
        int n = Page.bounded(limit);
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, 1)[0];
        List<ConsultationComment> answers = em.createNamedQuery(ConsultationComment.THREADS, ConsultationComment.class)
                .setParameter("consultation", consultation.id()).setParameter("after", after).setMaxResults(n + 1).getResultList();
        Page<ConsultationComment> page = Page.of(answers, n, c -> Cursor.encode(c.id()));
        return new Page<>(withReplies(page.items()), page.nextCursor());
    }

    private List<Thread> withReplies(List<ConsultationComment> answers) {
        Map<Long, List<ConsultationComment>> replies = answers.isEmpty() ? Map.of()
                : em.createNamedQuery(ConsultationComment.REPLIES, ConsultationComment.class)
                        .setParameter("parents", answers.stream().map(ConsultationComment::id).toList()).getResultStream()
                        .collect(Collectors.groupingBy(ConsultationComment::parentId));
        return answers.stream().map(a -> new Thread(a, replies.getOrDefault(a.id(), List.of()))).toList();
    }

    /** Anyone: how many comments (answers and replies) a consultation has. */
    public long commentCount(long id) {
        return em.createNamedQuery(ConsultationComment.COUNT, Long.class).setParameter("consultation", id).getSingleResult();
    }

    /** Anyone: how many comments each of these consultations has (absent: none), in one query. */
    public Map<Long, Long> commentCounts(List<Long> consultationIds) {
        if (consultationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select k.consultationId, count(k) from ConsultationComment k where k.consultationId in :ids"
                + " group by k.consultationId", Object[].class).setParameter("ids", consultationIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The signed-in person: which of these comments they support. */
    public Set<Long> supportedByMe(List<Long> commentIds) {
        Long person = Acting.current().personId();
        if (person == null || commentIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select comment_id from consultation_support where person_id = ?1 and comment_id in ?2")
                .setParameter(1, person).setParameter(2, commentIds).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    /** Anyone: how many consultations of the current community take comments now (its home page card). */
    public long openCount() {
        return em.createNamedQuery(Consultation.OPEN_COUNT, Long.class).setParameter("published", ConsultationStatus.PUBLISHED)
                .setParameter("now", clock.instant()).getSingleResult();
    }

    /** The moderators: every consultation of the community, drafts included, for the console. */
    public TableRows<Consultation> all(TableQuery query) {
        permissions.require(ConsultationAction.MANAGE, community().id());
        return ALL.fetch(em, query);
    }

    /** The console home: open complaints, reports to publish (due today, overdue) and drafts, for the moderators. */
    public List<Waiting> waiting() {
        Community community = community();
        List<Waiting> waiting = new ArrayList<>();
        if (permissions.allows(ConsultationAction.MODERATE, community.id())) {
            long complaints = em.createNamedQuery(CommentComplaint.OPEN_COUNT, Long.class).getSingleResult();
            waiting.add(Waiting.undated("consultation.waiting.complaints", complaints, ConsultationsTool.COMPLAINTS_PATH));
        }
        if (permissions.allows(ConsultationAction.MANAGE, community.id())) {
            Instant now = clock.instant();
            Instant endOfDay = LocalDate.ofInstant(now, community.zone()).plusDays(1).atStartOfDay(community.zone()).toInstant();
            Object[] reports = em.createQuery("select count(c), coalesce(sum(case when c.reportDueAt >= :now and c.reportDueAt"
                    + " < :endOfDay then 1 else 0 end), 0), coalesce(sum(case when c.reportDueAt < :now then 1 else 0 end), 0)"
                    + " from Consultation c where c.status = :closed and c.reportPublishedAt is null", Object[].class)
                    .setParameter("closed", ConsultationStatus.CLOSED).setParameter("now", now).setParameter("endOfDay", endOfDay)
                    .getSingleResult();
            waiting.add(new Waiting("consultation.waiting.reports", ((Number) reports[0]).longValue(),
                    ((Number) reports[1]).longValue(), ((Number) reports[2]).longValue(), ConsultationsTool.CONSOLE_PATH));
            long proposals = em.createQuery("select count(p) from TopicProposal p where p.status = :proposed", Long.class)
                    .setParameter("proposed", TopicProposal.Status.PROPOSED).getSingleResult();
            waiting.add(Waiting.undated("consultation.waiting.proposals", proposals, ConsultationsTool.PROPOSALS_PATH));
            long drafts = em.createQuery("select count(c) from Consultation c where c.status = :draft", Long.class)
                    .setParameter("draft", ConsultationStatus.DRAFT).getSingleResult();
            waiting.add(Waiting.undated("consultation.waiting.drafts", drafts, ConsultationsTool.CONSOLE_PATH));
        }
        return waiting;
    }

    /** Public figures: consultations published and comments written, for one community or platform-wide. */
    public List<Statistic> statistics(Long communityId) {
        String where = communityId == null ? "" : " and community_id = ?1";
        var query = em.createNativeQuery("select (select count(*) from consultation where status <> 'DRAFT'" + where + "),"
                + " (select count(*) from consultation_comment where 1 = 1" + where + ")");
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(new Statistic("consultations", "consultations.statistic.consultations", ((Number) row[0]).longValue()),
                new Statistic("comments", "consultations.statistic.comments", ((Number) row[1]).longValue()));
    }
}
