package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.hromada.core.DirectSql;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.document.Upload;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The deputy's correspondence: a resident writes to a deputy from the deputy's public page, the
 * deputy answers; deputies and the secretariat write to each other. A thread has two members and
 * exists for nobody else: every read and write first finds the current person among its members
 * and answers {@code council.messages.not-found} (404) otherwise — whatever roles they hold, a
 * moderator's or a platform administrator's included — and only then asks the permission table.
 * A deputy may block a resident who abuses it (audited); the other member is told of a new
 * message without its text.
 */
@Stateless
public class CouncilMessages {
    public static final int ATTACHMENTS_MAX = 3;
    /** Messages one person writes a minute, in every thread together: a person types slower; a script is stopped (429). */
    public static final int MESSAGES_PER_MINUTE = 10;
    private static final Set<DocumentKind> ATTACHABLE = EnumSet.of(DocumentKind.PDF, DocumentKind.PHOTO);
    private static final Set<Role> COLLEAGUE_ROLES = EnumSet.of(Role.DEPUTY, Role.SECRETARIAT_OFFICER);

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilPermissions permissions;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    @Inject
    MessageNotices notices;

    @Inject
    RateLimits rates;

    @Inject
    Clock clock;

    /** A thread as its member reads it: its messages in order, the other member's name, whether its resident is blocked. */
    public record Conversation(MessageThread thread, String with, List<Line> messages, boolean blocked, boolean officialSide) {
    }

    /** One message: its author's name, whether the reader wrote it, whether the other member has read it, its attachments. */
    public record Line(ThreadMessage message, String author, boolean mine, boolean readByOther, List<StoredDocument> attachments) {
    }

    /** A line of the person's list of threads, in every community: the latest message's time, how many unread, with whom. */
    public record MyThread(long threadId, String communitySlug, String subject, Instant lastMessageAt, long unread, String with) {
    }

    /** A colleague in the directory: a deputy (with their profile's faction, committees, contacts) or a secretariat officer. */
    public record Colleague(long personId, String name, boolean deputy, String faction, List<String> committees, String contacts) {
    }

    /**
     * Anyone signed in (never through a token), not blocked by the deputy: starts a thread with
     * the deputy of this public profile, with its first message and up to {@value #ATTACHMENTS_MAX}
     * files (PDF, photo); a refused file stores nothing.
     */
    public MessageThread writeToDeputy(long deputyProfileId, String subject, String text, List<Upload> attachments) {
        Community community = reading.community();
        Long me = Acting.current().personId();
        permissions.requireParticipant(CouncilAction.WRITE, community.id(), me);
        DeputyProfile deputy = reading.deputy(deputyProfileId);
        if (deputy.personId() != me) {
            refuseBlocked(community, deputy.personId(), me);
        }
        return start(community, new MessageThread(subject, deputy.personId(), me, clock.instant()), deputy.personId(), text, attachments);
    }

    /** Deputies and the secretariat: starts a thread with a colleague of the council (a deputy or a secretariat officer). */
    public MessageThread writeToColleague(long colleagueId, String subject, String text, List<Upload> attachments) {
        Community community = reading.community();
        permissions.require(CouncilAction.COLLEAGUES, community.id());
        long me = Acting.current().personId();
        if (colleagueId == me || !grants.holderIds(community.id(), COLLEAGUE_ROLES).contains(colleagueId)) {
            throw new NotFoundException("council.colleague.not-found", colleagueId);
        }
        return start(community, new MessageThread(subject, null, me, clock.instant()), colleagueId, text, attachments);
    }

    /** A member of the thread (the resident unless blocked; the official side in a strong session): a new message. */
    public ThreadMessage reply(long threadId, String text, List<Upload> attachments) {
        Community community = reading.community();
        MessageThread thread = joined(community, threadId);
        long me = Acting.current().personId();
        if (thread.withResident() && !thread.officialSide(me)) {
            refuseBlocked(community, thread.deputyId(), me);
        }
        return write(community, thread, me, text, attachments);
    }

    /** A member of the thread: its messages; they become read for them. */
    public Conversation conversation(long threadId) {
        Community community = reading.community();
        MessageThread thread = joined(community, threadId);
        long me = Acting.current().personId();
        List<ThreadMessage> messages = em.createNamedQuery(ThreadMessage.OF_THREAD, ThreadMessage.class).setParameter("thread", thread.id())
                .getResultList();
        Object[] other = (Object[]) em.createNativeQuery("select m.person_id, m.read_up_to from council_thread_member m"
                + " where m.thread_id = ?1 and m.person_id <> ?2").setParameter(1, thread.id()).setParameter(2, me).getResultList().stream()
                .findFirst().orElse(new Object[] {0L, 0L});
        long otherId = ((Number) other[0]).longValue();
        long otherRead = ((Number) other[1]).longValue();
        Map<Long, String> names = names(List.of(me, otherId));
        Map<Long, List<StoredDocument>> attached = attachments(messages.stream().map(ThreadMessage::id).toList());
        List<Line> lines = messages.stream().map(m -> new Line(m, names.get(m.authorId()), m.authorId() == me,
                m.authorId() == me && m.id() <= otherRead, attached.getOrDefault(m.id(), List.of()))).toList();
        if (!messages.isEmpty()) {
            em.createNativeQuery("update council_thread_member set read_up_to = ?1 where thread_id = ?2 and person_id = ?3 and read_up_to < ?1")
                    .setParameter(1, messages.get(messages.size() - 1).id()).setParameter(2, thread.id()).setParameter(3, me).executeUpdate();
        }
        boolean blocked = thread.withResident() && isBlocked(community, thread.deputyId(), thread.startedBy());
        return new Conversation(thread, names.get(otherId), lines, blocked, thread.officialSide(me));
    }

    /** The deputy written to, in a strong session: blocks the thread's resident from writing to them (audited). */
    public void block(long threadId) {
        Community community = reading.community();
        MessageThread thread = blockable(community, threadId);
        em.createNativeQuery("insert ignore into council_block (community_id, deputy_id, person_id, blocked_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, community.id()).setParameter(2, thread.deputyId()).setParameter(3, thread.startedBy())
                .setParameter(4, clock.instant()).executeUpdate();
        audit.record(community.id(), "council.messages.block", "person", thread.startedBy(),
                "deputy person " + thread.deputyId() + " blocked person " + thread.startedBy() + " (thread " + thread.id() + ")");
    }

    /** The deputy who blocked the thread's resident: lets them write again (audited). */
    public void unblock(long threadId) {
        Community community = reading.community();
        MessageThread thread = blockable(community, threadId);
        em.createNativeQuery("delete from council_block where community_id = ?1 and deputy_id = ?2 and person_id = ?3")
                .setParameter(1, community.id()).setParameter(2, thread.deputyId()).setParameter(3, thread.startedBy()).executeUpdate();
        audit.record(community.id(), "council.messages.unblock", "person", thread.startedBy(),
                "deputy person " + thread.deputyId() + " unblocked person " + thread.startedBy() + " (thread " + thread.id() + ")");
    }

    // across communities: the person's threads, wherever they wrote (the tenant filter would narrow it to one)
    private static final String MINE = "select t.id, c.slug, t.subject, t.last_message_at,"
            + " (select count(*) from council_message m where m.thread_id = t.id and m.id > me.read_up_to and m.author_id <> ?1),"
            + " (select p.full_name from council_thread_member o join person p on p.id = o.person_id where o.thread_id = t.id"
            + " and o.person_id <> ?1 limit 1)"
            + " from council_thread_member me join council_thread t on t.id = me.thread_id join community c on c.id = t.community_id"
            + " where me.person_id = ?1 order by t.last_message_at desc, t.id desc limit 100";

    /** The signed-in person: their threads in every council, the latest first, with what they have not read. */
    public List<MyThread> mine() {
        Long me = Acting.current().personId();
        if (me == null) {
            return List.of();
        }
        List<MyThread> threads = new ArrayList<>();
        for (Object r : em.createNativeQuery(MINE).setParameter(1, me).getResultList()) {
            Object[] row = (Object[]) r;
            threads.add(new MyThread(((Number) row[0]).longValue(), (String) row[1], (String) row[2], DirectSql.instant(row[3]),
                    ((Number) row[4]).longValue(), (String) row[5]));
        }
        return threads;
    }

    /** Deputies and the secretariat: the council's deputies (by name, with their profiles) and then its secretariat officers. */
    public List<Colleague> colleagues() {
        Community community = reading.community();
        permissions.require(CouncilAction.COLLEAGUES, community.id());
        List<Colleague> colleagues = new ArrayList<>();
        for (CouncilReading.DeputyCard card : reading.deputies()) {
            colleagues.add(new Colleague(card.profile().personId(), card.profile().name(), true, card.faction(), card.committees(),
                    card.profile().contacts()));
        }
        List<Long> secretariat = grants.holderIds(community.id(), Set.of(Role.SECRETARIAT_OFFICER));
        names(secretariat).entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> colleagues.add(new Colleague(e.getKey(), e.getValue(), false, null, List.of(), null)));
        return colleagues;
    }

    /** Core's document download: an attachment of a thread of the current community whose member the visitor is. */
    public boolean shows(long documentId) {
        Long me = Acting.current().personId();
        return me != null && !em.createNativeQuery("select 1 from council_message_attachment a join council_message m on m.id = a.message_id"
                + " join council_thread_member tm on tm.thread_id = m.thread_id and tm.person_id = ?3 where a.document_id = ?1"
                + " and a.community_id = ?2").setParameter(1, documentId).setParameter(2, CurrentCommunity.id()).setParameter(3, me)
                .getResultList().isEmpty();
    }

    private MessageThread start(Community community, MessageThread thread, long other, String text, List<Upload> attachments) {
        long me = Acting.current().personId();
        people.holdOpen(me);
        em.persist(thread);
        em.flush();
        for (long member : List.of(me, other)) {
            em.createNativeQuery("insert into council_thread_member (thread_id, person_id, community_id) values (?1, ?2, ?3)")
                    .setParameter(1, thread.id()).setParameter(2, member).setParameter(3, community.id()).executeUpdate();
        }
        write(community, thread, me, text, attachments);
        return thread;
    }

    private ThreadMessage write(Community community, MessageThread thread, long me, String text, List<Upload> attachments) {
        if (attachments.size() > ATTACHMENTS_MAX) {
            throw new InvalidInputException("council.messages.attachments.too-many", ATTACHMENTS_MAX);
        }
        rates.admit("council.message", me, MESSAGES_PER_MINUTE);
        people.holdOpen(me);
        ThreadMessage message = new ThreadMessage(thread.id(), me, text, clock.instant());
        em.persist(message);
        em.flush();
        for (int position = 0; position < attachments.size(); position++) {
            Upload upload = attachments.get(position);
            StoredDocument document = documents.store(upload.fileName(), upload.content(), ATTACHABLE);
            em.createNativeQuery("insert into council_message_attachment (message_id, position, document_id, community_id)"
                    + " values (?1, ?2, ?3, ?4)").setParameter(1, message.id()).setParameter(2, position).setParameter(3, document.id())
                    .setParameter(4, community.id()).executeUpdate();
        }
        thread.wrote(message.writtenAt());
        // the writer has read what they wrote; the other member is told
        em.createNativeQuery("update council_thread_member set read_up_to = ?1 where thread_id = ?2 and person_id = ?3")
                .setParameter(1, message.id()).setParameter(2, thread.id()).setParameter(3, me).executeUpdate();
        for (Object member : em.createNativeQuery("select person_id from council_thread_member where thread_id = ?1 and person_id <> ?2")
                .setParameter(1, thread.id()).setParameter(2, me).getResultList()) {
            notices.tellOfMessage(((Number) member).longValue(), community, thread);
        }
        return message;
    }

    /**
     * The thread of the current community whose member the current person is, and their side's
     * row of the table: otherwise not found, so nobody else learns that it exists.
     */
    private MessageThread joined(Community community, long threadId) {
        Long me = Acting.current().personId();
        permissions.requireParticipant(CouncilAction.WRITE, community.id(), me); // signed in, in a browser: before anything is looked up
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || !community.id().equals(thread.communityId()) || em.createNativeQuery(
                "select 1 from council_thread_member where thread_id = ?1 and person_id = ?2").setParameter(1, threadId).setParameter(2, me)
                .getResultList().isEmpty()) {
            throw new NotFoundException("council.messages.not-found", threadId);
        }
        if (thread.officialSide(me)) {
            permissions.requireParticipant(CouncilAction.ANSWER, community.id(), me);
        }
        return thread;
    }

    private MessageThread blockable(Community community, long threadId) {
        MessageThread thread = joined(community, threadId);
        long me = Acting.current().personId();
        permissions.requireParticipant(CouncilAction.BLOCK, community.id(), thread.withResident() && thread.deputyId() == me ? me : null);
        return thread;
    }

    private void refuseBlocked(Community community, long deputy, long person) {
        if (isBlocked(community, deputy, person)) {
            throw new ForbiddenException("council.messages.blocked");
        }
    }

    private boolean isBlocked(Community community, long deputy, long person) {
        return !em.createNativeQuery("select 1 from council_block where community_id = ?1 and deputy_id = ?2 and person_id = ?3")
                .setParameter(1, community.id()).setParameter(2, deputy).setParameter(3, person).getResultList().isEmpty();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object r : em.createNativeQuery("select id, full_name from person where id in (?1)").setParameter(1, ids).getResultList()) {
                Object[] row = (Object[]) r;
                names.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        return names;
    }

    private Map<Long, List<StoredDocument>> attachments(List<Long> messageIds) {
        Map<Long, List<StoredDocument>> attached = new HashMap<>();
        if (messageIds.isEmpty()) {
            return attached;
        }
        List<?> rows = em.createNativeQuery("select message_id, document_id from council_message_attachment where message_id in (?1)"
                + " order by message_id, position").setParameter(1, messageIds).getResultList();
        if (rows.isEmpty()) {
            return attached;
        }
        Map<Long, StoredDocument> byId = new HashMap<>();
        em.createQuery("select d from StoredDocument d where d.id in :ids", StoredDocument.class).setParameter("ids",
                rows.stream().map(r -> ((Number) ((Object[]) r)[1]).longValue()).toList()).getResultStream().forEach(d -> byId.put(d.id(), d));
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            attached.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(byId.get(((Number) row[1]).longValue()));
        }
        return attached;
    }
}
