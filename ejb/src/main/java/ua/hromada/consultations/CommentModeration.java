package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ConsoleTable;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.Deadlines;

/**
 * Complaints about comments and what moderators do with them in the current community: the queue
 * (oldest first), hiding a comment with a public reason, restoring it, dismissing its complaints,
 * and keeping its author from commenting for a while. Every moderator step is audited and the
 * author told.
 */
@Stateless
public class CommentModeration {
    /** Complaints one person may send in a minute. */
    static final int COMPLAINTS_PER_MINUTE = 10;
    static final String BLOCK_END = "consultation.block-end";
    static final String OBJECT = "consultation_comment";
    // the person's row read in share mode, as every insert of a person's record does (People.holdOpen)
    private static final String COMPLAIN = "insert ignore into consultation_complaint (community_id, comment_id, person_id, reason,"
            + " note, created_at) select ?1, ?2, p.id, ?3, ?4, ?5 from person p where p.id = ?6 and p.deleted_at is null"
            + " and p.merged_into is null lock in share mode";
    private static final ConsoleTable<CommentComplaint> QUEUE = ConsoleTable.of(CommentComplaint.class, "c", "c.resolvedAt is null")
            .search("c.note").sort("received", "c.createdAt").build();

    /** A comment with its complaints, for the moderators' page of one comment. */
    public record Case(ConsultationComment comment, Consultation consultation, List<CommentComplaint> complaints,
            List<CommentingBlock> authorBlocks) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    ConsultationNotices notices;

    @Inject
    RateLimits rates;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    /**
     * Anyone signed in: complains about someone else's comment in a public consultation, once (the
     * unique key refuses a second complaint however many arrive at once).
     */
    public void complain(long commentId, ComplaintReason reason, String note) {
        ConsultationComment comment = publicComment(commentId);
        permissions.require(ConsultationAction.COMPLAIN, comment.communityId());
        long person = Acting.current().personId();
        if (comment.authorId() == person) {
            throw new ConflictException("consultation.complaint.own");
        }
        rates.admit("consultation.complain", person, COMPLAINTS_PER_MINUTE);
        CommentComplaint complaint = new CommentComplaint(commentId, person, reason, note, clock.instant()); // checks reason and note
        int added = em.createNativeQuery(COMPLAIN).setParameter(1, comment.communityId()).setParameter(2, commentId)
                .setParameter(3, complaint.reason().name()).setParameter(4, complaint.note()).setParameter(5, complaint.createdAt())
                .setParameter(6, person).executeUpdate();
        if (added == 0) {
            throw new ConflictException("consultation.complaint.twice");
        }
    }

    /** Moderators: the open complaints, oldest first. */
    public TableRows<CommentComplaint> queue(TableQuery query) {
        permissions.require(ConsultationAction.MODERATE, reading.community().id());
        return QUEUE.fetch(em, query);
    }

    /** Moderators: one comment, hidden or not, with all its complaints and its author's blocks. */
    public Case caseOf(long commentId) {
        ConsultationComment comment = comment(commentId);
        return new Case(comment, reading.find(comment.consultationId()), complaints(commentId),
                em.createQuery("select b from CommentingBlock b where b.personId = :person order by b.id desc", CommentingBlock.class)
                        .setParameter("person", comment.authorId()).getResultList());
    }

    /** Moderators: hides the comment with a public reason; its open complaints are settled; the author is told. */
    public ConsultationComment hide(long commentId, ComplaintReason reason) {
        ConsultationComment comment = comment(commentId);
        Instant now = clock.instant();
        comment.hide(reason, Acting.current().name(), now);
        complaints(commentId).forEach(c -> c.resolve(CommentComplaint.Resolution.HIDDEN, Acting.current().name(), now));
        audit.record(comment.communityId(), "consultation.comment.hide", OBJECT, commentId, reason.name());
        notices.toAuthor(comment, "hidden.author", reading.find(comment.consultationId()), reading.community());
        return comment;
    }

    /** Moderators: shows a hidden comment again. */
    public ConsultationComment restore(long commentId) {
        ConsultationComment comment = comment(commentId);
        comment.restore();
        audit.record(comment.communityId(), "consultation.comment.restore", OBJECT, commentId, "shown again");
        notices.toAuthor(comment, "restored.author", reading.find(comment.consultationId()), reading.community());
        return comment;
    }

    /** Moderators: settles the comment's open complaints without hiding it. */
    public int dismiss(long commentId) {
        ConsultationComment comment = comment(commentId);
        Instant now = clock.instant();
        List<CommentComplaint> open = complaints(commentId).stream().filter(c -> c.resolvedAt() == null).toList();
        open.forEach(c -> c.resolve(CommentComplaint.Resolution.DISMISSED, Acting.current().name(), now));
        audit.record(comment.communityId(), "consultation.complaint.dismiss", OBJECT, commentId, open.size() + " complaints");
        return open.size();
    }

    /**
     * Moderators: keeps the comment's author from commenting in this community's consultations for
     * {@code days}, with a reason they are told; a deadline lifts it.
     */
    public CommentingBlock block(long commentId, int days, String reason) {
        ConsultationComment comment = comment(commentId);
        CommentingBlock block = new CommentingBlock(comment.authorId(), days, reason, Acting.current().name(), clock.instant());
        em.persist(block);
        em.flush();
        deadlines.schedule(BLOCK_END, block.id(), comment.communityId(), block.until());
        audit.record(comment.communityId(), "consultation.block", "consultation_block", block.id(),
                "person " + comment.authorId() + " until " + block.until() + "; reason: " + block.reason());
        notices.blocked(block, reading.community());
        return block;
    }

    /** The sweeper only ({@link ConsultationDeadlines}), at a block's end: lifts it (idempotent). */
    public void lift(long blockId, Instant now) {
        CommentingBlock block = em.find(CommentingBlock.class, blockId, LockModeType.PESSIMISTIC_WRITE);
        if (block != null) {
            block.lift(now);
        }
    }

    private List<CommentComplaint> complaints(long commentId) {
        return em.createNamedQuery(CommentComplaint.OF_COMMENT, CommentComplaint.class).setParameter("comment", commentId).getResultList();
    }

    /** A comment of the current community, for its moderators. */
    private ConsultationComment comment(long commentId) {
        long community = reading.community().id();
        permissions.require(ConsultationAction.MODERATE, community);
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || !comment.communityId().equals(community)) {
            throw new NotFoundException("consultation.comment.not-found", commentId);
        }
        return comment;
    }

    /** A comment of a public consultation of the current community, hidden or not. */
    private ConsultationComment publicComment(long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || !comment.communityId().equals(reading.community().id())) {
            throw new NotFoundException("consultation.comment.not-found", commentId);
        }
        reading.view(comment.consultationId());
        return comment;
    }
}
