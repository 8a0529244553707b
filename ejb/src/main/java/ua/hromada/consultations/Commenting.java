package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.identity.People;

/**
 * People taking part in a consultation of the current community while it is open: answering its
 * question, replying to an answer, supporting a comment once. Who may is the consultation's
 * audience and sign-in strength ({@link ConsultationPermissions}); a script is stopped by the
 * per-person limits, and a moderator's block ({@link CommentModeration#block}) stops its person writing.
 */
@Stateless
public class Commenting {
    /** Comments one person may write in a minute, over all consultations. */
    static final int COMMENTS_PER_MINUTE = 5;
    /** Supports one person may give in a minute. */
    static final int SUPPORTS_PER_MINUTE = 30;
    // the person's row is read in share mode by the insert itself, as their comment's is (People.holdOpen)
    private static final String SUPPORT = "insert ignore into consultation_support (comment_id, person_id, community_id, supported_at)"
            + " select ?1, p.id, ?2, ?3 from person p where p.id = ?4 and p.deleted_at is null and p.merged_into is null"
            + " lock in share mode";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    RateLimits rates;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** The consultation's audience, while it is open: answers its question. */
    public ConsultationComment comment(long consultationId, String text) {
        return write(consultationId, null, null, text);
    }

    /** The discussion's audience, while it is open: comments on one section of the act (its key in the current version). */
    public ConsultationComment commentOn(long consultationId, int sectionKey, String text) {
        return write(consultationId, sectionKey, null, text);
    }

    /** The consultation's audience, while it is open: replies to an answer (not to a reply). */
    public ConsultationComment reply(long consultationId, long answerId, String text) {
        return write(consultationId, null, answerId, text);
    }

    /**
     * The consultation's audience, while it is open: supports someone else's comment, once (the
     * primary key refuses a second support however many arrive at once).
     */
    public void support(long commentId) {
        // the comment's row is locked first, so supports of one comment queue: the support row's
        // foreign key takes a shared lock on it, and two such locks awaiting the count's update deadlock
        ConsultationComment comment = em.find(ConsultationComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw new NotFoundException("consultation.comment.not-found", commentId);
        }
        Consultation consultation = reading.open(comment.consultationId(), ConsultationAction.SUPPORT);
        if (comment.isHidden()) {
            throw new ConflictException("consultation.comment.hidden");
        }
        long person = Acting.current().personId();
        if (comment.authorId() == person) {
            throw new ConflictException("consultation.support.own");
        }
        rates.admit("consultation.support", person, SUPPORTS_PER_MINUTE);
        int added = em.createNativeQuery(SUPPORT).setParameter(1, commentId).setParameter(2, consultation.communityId())
                .setParameter(3, clock.instant()).setParameter(4, person).executeUpdate();
        if (added == 0) {
            throw new ConflictException("consultation.support.twice");
        }
        em.createNativeQuery("update consultation_comment set support_count = support_count + 1 where id = ?1")
                .setParameter(1, commentId).executeUpdate();
    }

    private ConsultationComment write(long consultationId, Integer sectionKey, Long answerId, String text) {
        Consultation consultation = reading.open(consultationId, ConsultationAction.COMMENT);
        if (consultation.isPoll()) {
            throw new ConflictException("consultation.comments.not-here");
        }
        if (sectionKey != null && (!consultation.isDiscussion()
                || reading.sections(consultation, consultation.actVersion()).stream().noneMatch(s -> s.key() == sectionKey))) {
            throw new NotFoundException("regulation.section.not-found", sectionKey);
        }
        ConsultationComment answer = null;
        if (answerId != null) {
            answer = em.find(ConsultationComment.class, answerId);
            if (answer == null || !answer.consultationId().equals(consultation.id())) {
                throw new NotFoundException("consultation.comment.not-found", answerId);
            }
            if (answer.isHidden()) {
                throw new ConflictException("consultation.comment.hidden");
            }
        }
        long person = Acting.current().personId();
        refuseWhileBlocked(person);
        rates.admit("consultation.comment", person, COMMENTS_PER_MINUTE);
        ConsultationComment comment = new ConsultationComment(consultation.id(), sectionKey, answer, person, people.holdOpen(person), text,
                clock.instant());
        em.persist(comment);
        return comment;
    }

    /** A moderator's block keeps the person from commenting in this community until it ends. */
    private void refuseWhileBlocked(long person) {
        em.createNamedQuery(CommentingBlock.ACTIVE_OF_PERSON, CommentingBlock.class).setParameter("person", person)
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst().ifPresent(block -> {
                    throw new ForbiddenException("consultation.blocked",
                            LocalDate.ofInstant(block.until(), reading.community().zone()).toString(), block.reason());
                });
    }
}
