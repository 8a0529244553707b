package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import ua.hromada.core.DirectSql;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.Statistic;
import ua.hromada.core.tool.Waiting;

/** Reading the council: its structure and deputies (public), drafts with their versions (public), sessions and agendas (public once published). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CouncilReading {
    /** Drafts the public index lists, newest first. */
    public static final int LATEST_DRAFTS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CommunityCache cache;

    @Inject
    CouncilPermissions permissions;

    @Inject
    Clock clock;

    /** A deputy as the public directory shows them: the profile, the faction's name (or null), the committees' names. */
    public record DeputyCard(DeputyProfile profile, String faction, List<String> committees) {
    }

    /** A draft decision with its committee's name, its co-sponsors' names and every version, the current (highest) first. */
    public record DraftRecord(DraftDecision draft, String committee, List<String> sponsors, List<DraftVersion> versions) {
        public DraftVersion current() {
            return versions.get(0);
        }
    }

    /** One line of an agenda: the item and its draft. */
    public record AgendaLine(AgendaItem item, DraftDecision draft) {
    }

    /** The current community, while it has the tool on (404 otherwise). */
    public Community community() {
        return cache.currentWithTool(CouncilTool.KEY, "council.disabled");
    }

    /** Anyone: the convocations, the latest first. */
    public List<Convocation> convocations() {
        community();
        return em.createNamedQuery(Convocation.ALL, Convocation.class).getResultList();
    }

    /** Anyone: the factions, by name. */
    public List<Faction> factions() {
        community();
        return em.createNamedQuery(Faction.ALL, Faction.class).getResultList();
    }

    /** Anyone: the standing committees, by name. */
    public List<Committee> committees() {
        community();
        return em.createNamedQuery(Committee.ALL, Committee.class).getResultList();
    }

    /** Anyone: the deputies with their faction and committees, by name (three queries, however many deputies). */
    public List<DeputyCard> deputies() {
        Map<Long, String> factions = names(factions());
        Map<Long, String> committees = names(committees());
        return em.createNamedQuery(DeputyProfile.ALL, DeputyProfile.class).getResultStream()
                .map(d -> new DeputyCard(d, d.factionId() == null ? null : factions.get(d.factionId()),
                        d.committeeIds().stream().map(committees::get).filter(Objects::nonNull).sorted().toList()))
                .toList();
    }

    /** Anyone: one deputy's profile of the current community. */
    public DeputyProfile deputy(long id) {
        return found(DeputyProfile.class, id, "council.deputy.not-found", DeputyProfile::communityId);
    }

    /** Deputies (the beans check who): the current person's profile in the council; a DEPUTY role without one is not seated yet. */
    public DeputyProfile myProfile() {
        community();
        return em.createNamedQuery(DeputyProfile.OF_PERSON, DeputyProfile.class).setParameter("person", Acting.current().personId())
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("council.sitting.no-profile"));
    }

    /**
     * Whoever may see the session: the seats its quorum and majorities count against — the
     * council's composition by law for a plenary session, the committee's members for its meeting.
     */
    public int compositionOf(CouncilSession session) {
        if (!session.isCommitteeMeeting()) {
            return CouncilSettings.compositionIn(community().settings());
        }
        return ((Number) em.createNativeQuery("select count(*) from council_deputy_committee m join council_deputy d on d.id = m.deputy_id"
                + " where m.committee_id = ?1 and d.community_id = ?2").setParameter(1, session.committeeId())
                .setParameter(2, community().id()).getSingleResult()).intValue();
    }

    /** Whoever may see the session: the name of the committee whose meeting it is (null for a plenary session). */
    public String committeeOf(CouncilSession session) {
        return session.isCommitteeMeeting() ? em.find(Committee.class, session.committeeId()).name() : null;
    }

    /** Anyone: the latest drafts registered, newest first. */
    public List<DraftDecision> latestDrafts() {
        community();
        return em.createNamedQuery(DraftDecision.ALL, DraftDecision.class).setMaxResults(LATEST_DRAFTS).getResultList();
    }

    /** The secretariat: every draft of the community, newest first (to build an agenda from). */
    public List<DraftDecision> drafts() {
        permissions.require(CouncilAction.SESSIONS, community().id());
        return em.createNamedQuery(DraftDecision.ALL, DraftDecision.class).getResultList();
    }

    /** Anyone: a draft decision of the current community with its versions (drafts are public once registered). */
    public DraftRecord draft(long id) {
        DraftDecision draft = found(DraftDecision.class, id, "council.draft.not-found", DraftDecision::communityId);
        Map<Long, String> deputies = new HashMap<>();
        if (!draft.sponsorIds().isEmpty()) {
            em.createQuery("select d from DeputyProfile d where d.id in :ids", DeputyProfile.class).setParameter("ids", draft.sponsorIds())
                    .getResultStream().forEach(d -> deputies.put(d.id(), d.name()));
        }
        return new DraftRecord(draft, em.find(Committee.class, draft.committeeId()).name(),
                deputies.values().stream().sorted().toList(),
                em.createNamedQuery(DraftVersion.OF_DRAFT, DraftVersion.class).setParameter("draft", draft.id()).getResultList());
    }

    /** Anyone: the sessions whose agendas are published, the latest first. */
    public List<CouncilSession> publishedSessions() {
        community();
        return em.createNamedQuery(CouncilSession.PUBLISHED, CouncilSession.class).setMaxResults(100).getResultList();
    }

    /** The secretariat: every session, the latest first. */
    public List<CouncilSession> sessions() {
        permissions.require(CouncilAction.SESSIONS, community().id());
        return em.createNamedQuery(CouncilSession.ALL, CouncilSession.class).getResultList();
    }

    /** Anyone: a session whose agenda is published (any other is a 404 to the public). */
    public CouncilSession publishedSession(long id) {
        CouncilSession session = session(id);
        if (!session.isPublished()) {
            throw new NotFoundException("council.session.not-found", id);
        }
        return session;
    }

    /** The secretariat: any session of the community, published or not. */
    public CouncilSession plannedSession(long id) {
        permissions.require(CouncilAction.SESSIONS, community().id());
        return session(id);
    }

    /** The beans: a session of the current community, or a 404. */
    public CouncilSession session(long id) {
        return found(CouncilSession.class, id, "council.session.not-found", CouncilSession::communityId);
    }

    /** Whoever may see the session (the callers above checked): its agenda in order, with the drafts, in one query. */
    public List<AgendaLine> agenda(CouncilSession session) {
        return em.createQuery("select i, d from AgendaItem i join DraftDecision d on d.id = i.draftId where i.sessionId = :session"
                + " order by i.position, i.id", Object[].class).setParameter("session", session.id()).getResultStream()
                .map(r -> new AgendaLine((AgendaItem) r[0], (DraftDecision) r[1])).toList();
    }

    /** A line of a deputy's cabinet: a published agenda of a council they sit in, with how many of its drafts they have not read at their current version. */
    public record MyAgenda(long sessionId, String communitySlug, String title, Instant startsAt, long items, long unread) {
    }

    // across communities: the cabinet is the person's, not a community's (the tenant filter would narrow it to one)
    private static final String MY_AGENDAS = "select s.id, c.slug, s.title, s.starts_at,"
            + " (select count(*) from council_agenda_item i where i.session_id = s.id),"
            + " (select count(*) from council_agenda_item i join council_draft d on d.id = i.draft_id left join council_draft_read r"
            + " on r.draft_id = d.id and r.person_id = ?1 where i.session_id = s.id and (r.version_read is null"
            + " or r.version_read < d.current_version))"
            + " from council_session s join community c on c.id = s.community_id join council_deputy p on p.community_id = s.community_id"
            + " and p.person_id = ?1 where s.published_at is not null and s.starts_at > ?2 and (s.committee_id is null or exists"
            + " (select 1 from council_deputy_committee m where m.deputy_id = p.id and m.committee_id = s.committee_id))"
            + " order by s.starts_at, s.id limit 50";

    /** The signed-in person: the published agendas of sessions still to come in every council they sit in, the soonest first. */
    public List<MyAgenda> myAgendas() {
        Long person = Acting.current().personId();
        if (person == null) {
            return List.of();
        }
        return ((List<?>) em.createNativeQuery(MY_AGENDAS).setParameter(1, person).setParameter(2, clock.instant().minus(Duration.ofDays(1)))
                .getResultList()).stream().map(r -> (Object[]) r).map(row -> new MyAgenda(((Number) row[0]).longValue(), (String) row[1],
                        (String) row[2], DirectSql.instant(row[3]), ((Number) row[4]).longValue(), ((Number) row[5]).longValue()))
                .toList();
    }

    /** Anyone: how many drafts the community's council has registered (the home page's card). */
    public long draftCount() {
        community();
        return em.createQuery("select count(d) from DraftDecision d", Long.class).getSingleResult();
    }

    /** The console home: sessions not yet published, those starting today and those whose start passed unpublished. */
    public List<Waiting> waiting() {
        Community community = community();
        if (!permissions.allows(CouncilAction.SESSIONS, community.id())) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant endOfToday = now.atZone(community.zone()).toLocalDate().plusDays(1).atStartOfDay(community.zone()).toInstant();
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(starts_at >= ?2 and starts_at < ?3), 0),"
                + " coalesce(sum(starts_at < ?2), 0) from council_session where community_id = ?1 and published_at is null")
                .setParameter(1, community.id()).setParameter(2, now).setParameter(3, endOfToday).getSingleResult();
        return List.of(new Waiting("council.console.sessions", ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), CouncilTool.CONSOLE_PATH + "/sessions"));
    }

    /** Anyone: drafts registered and agendas published, in one community or (null) on the whole platform (native: no tenant filter). */
    public List<Statistic> statistics(Long communityId) {
        String where = communityId == null ? "" : " where community_id = ?1";
        var query = em.createNativeQuery("select (select count(*) from council_draft" + where + "), (select count(*) from council_session"
                + (communityId == null ? " where" : where + " and") + " published_at is not null)");
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(new Statistic("drafts", "council.statistic.drafts", ((Number) row[0]).longValue()),
                new Statistic("agendas", "council.statistic.agendas", ((Number) row[1]).longValue()));
    }

    /** Core's document download: a draft's PDF of the current community is anyone's, as the draft is. */
    public boolean shows(long documentId) {
        long community = CurrentCommunity.id(); // not community(): asked of every tool, on or off, it never refuses
        return !em.createNativeQuery("select 1 from council_draft_version where document_id = ?1 and community_id = ?2")
                .setParameter(1, documentId).setParameter(2, community).getResultList().isEmpty();
    }

    private <T> T found(Class<T> type, long id, String missingKey, Function<T, Long> communityOf) {
        Community community = community();
        T found = em.find(type, id);
        if (found == null || !community.id().equals(communityOf.apply(found))) {
            throw new NotFoundException(missingKey, id);
        }
        return found;
    }

    private static Map<Long, String> names(List<? extends CouncilGroup> groups) {
        return groups.stream().collect(Collectors.toMap(CouncilGroup::id, CouncilGroup::name));
    }
}
