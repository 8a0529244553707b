package ua.hromada.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.CommentComplaint;
import ua.hromada.consultations.CommentModeration;
import ua.hromada.consultations.ComplaintReason;
import ua.hromada.consultations.ConsultationComment;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TooManyRequestsException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.notification.Notices;
import ua.hromada.it.support.InContainer;

/**
 * Moderation of consultation comments through the real beans: complaints (once each, not about
 * one's own, limited per minute) wait oldest first; a moderator hides a comment with a public
 * reason and restores it, dismisses complaints, and blocks an author until the block's deadline
 * lifts it; the author is told; all audited; another community's moderator reaches nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationModerationIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("consultation-moderation-it", ConsultationModerationIT.class, ConsultationWorld.class);
    }

    private ConsultationWorld world;
    private CommentModeration moderation;
    private long moderator;
    private long author;
    private long reader;
    private long consultation;

    @BeforeEach
    void world() {
        world = new ConsultationWorld("moderation");
        moderation = InContainer.bean(CommentModeration.class);
        moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        author = world.person("Гучний Автор", Role.RESIDENT);
        reader = world.person("Уважна Читачка", Role.RESIDENT);
        consultation = world.open(moderator, Audience.RESIDENTS, 7);
    }

    @Test
    void complaintsWaitOldestFirstAndAHiddenCommentShowsItsReasonUntilRestored() {
        long rude = world.as(author, () -> world.commenting.comment(consultation, "Грубий коментар")).id();
        long other = world.as(reader, () -> world.commenting.comment(consultation, "Звичайна думка")).id();
        complain(reader, rude, ComplaintReason.ABUSE, "Ображає сусідів");
        complain(author, other, ComplaintReason.OFF_TOPIC, null);
        assertRefused(ConflictException.class, "consultation.complaint.twice", () -> complain(reader, rude, ComplaintReason.SPAM, null));
        assertRefused(ConflictException.class, "consultation.complaint.own", () -> complain(author, rude, ComplaintReason.SPAM, null));
        assertRefused(SignInException.class, "consultation.sign-in-required", () -> world.in(Actor.ANONYMOUS, () -> {
            moderation.complain(rude, ComplaintReason.SPAM, null);
            return null;
        }));
        assertThrows(ForbiddenException.class, () -> world.as(reader, () -> moderation.queue(query())), "residents moderate nothing");

        List<CommentComplaint> queue = world.as(moderator, () -> moderation.queue(query())).rows();
        assertEquals(List.of(rude, other), queue.stream().map(CommentComplaint::commentId).toList(), "oldest first");

        world.as(moderator, () -> moderation.hide(rude, ComplaintReason.ABUSE));
        ConsultationComment shown = world.in(Actor.ANONYMOUS, () -> world.reading.threads(consultation, null, 20)).items().get(0).answer();
        assertTrue(shown.isHidden());
        assertEquals(ComplaintReason.ABUSE, shown.hiddenReason());
        assertEquals(List.of(other), world.as(moderator, () -> moderation.queue(query())).rows().stream()
                .map(CommentComplaint::commentId).toList(), "the hidden comment's complaints are settled");
        assertTrue(world.as(author, () -> InContainer.bean(Notices.class).mine(10)).stream()
                .anyMatch(n -> n.subject().contains("приховав модератор")), "the author is told");
        assertRefused(ConflictException.class, "consultation.comment.hidden", () -> world.as(reader, () -> {
            world.commenting.support(rude);
            return null;
        }));
        assertRefused(ConflictException.class, "consultation.comment.hidden",
                () -> world.as(reader, () -> world.commenting.reply(consultation, rude, "Відповідь на прихований")));

        world.as(moderator, () -> moderation.restore(rude));
        assertFalse(world.in(Actor.ANONYMOUS, () -> world.reading.threads(consultation, null, 20)).items().get(0).answer().isHidden());
        assertEquals(1, world.as(moderator, () -> moderation.dismiss(other)));
        assertTrue(world.as(moderator, () -> moderation.queue(query())).rows().isEmpty());
        List<String> actions = InContainer.auditOf("consultation_comment", rude).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("consultation.comment.hide", "consultation.comment.restore")), actions.toString());
    }

    @Test
    void aBlockedAuthorCannotCommentUntilTheBlockEnds() {
        long rude = world.as(author, () -> world.commenting.comment(consultation, "Знову грубість")).id();
        assertRefused(InvalidInputException.class, "consultation.block.days", () -> world.as(moderator, () -> moderation.block(rude, 0,
                "Повторні образи")));
        world.as(moderator, () -> moderation.block(rude, 3, "Повторні образи сусідів"));
        HromadaException refused = assertThrows(ForbiddenException.class,
                () -> world.as(author, () -> world.commenting.comment(consultation, "Ще одна думка")));
        assertEquals("consultation.blocked", refused.messageKey());
        assertTrue(world.as(author, () -> InContainer.bean(Notices.class).mine(10)).stream()
                .anyMatch(n -> n.subject().contains("закрито коментування")), "the author is told why and until when");
        world.as(reader, () -> world.commenting.comment(consultation, "А я можу писати"));

        Instant afterBlock = Instant.now().plus(Duration.ofDays(4));
        world.in(ConsultationWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(afterBlock, 500));
        world.as(author, () -> world.commenting.comment(consultation, "Після блокування, чемно"));
        assertEquals(3, world.in(Actor.ANONYMOUS, () -> world.reading.commentCount(consultation)));
    }

    @Test
    void onlyThisCommunitysModeratorsModerateAndComplaintsAreLimited() {
        long comment = world.as(author, () -> world.commenting.comment(consultation, "Коментар для перевірки")).id();
        assertThrows(ForbiddenException.class, () -> world.as(reader, () -> moderation.hide(comment, ComplaintReason.SPAM)));
        ConsultationWorld other = new ConsultationWorld("moderation-elsewhere");
        long otherModerator = other.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> moderation.hide(comment, ComplaintReason.SPAM)));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> moderation.block(comment, 3, "Чужа громада")));

        long[] authors = {author, world.person("Другий Автор", Role.RESIDENT), world.person("Третя Авторка", Role.RESIDENT)};
        long complainer = world.person("Скаржник", Role.RESIDENT);
        int complained = 0;
        for (long a : authors) {
            for (int i = 0; i < 4; i++) {
                int n = i;
                long id = world.as(a, () -> world.commenting.comment(consultation, "Думка " + n)).id();
                if (complained++ < 10) {
                    complain(complainer, id, ComplaintReason.SPAM, null);
                } else {
                    assertThrows(TooManyRequestsException.class, () -> complain(complainer, id, ComplaintReason.SPAM, null));
                    return;
                }
            }
        }
    }

    private void complain(long person, long comment, ComplaintReason reason, String note) {
        world.as(person, () -> {
            moderation.complain(comment, reason, note);
            return null;
        });
    }

    private static TableQuery query() {
        return new TableQuery(0, 20, null, false, null);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
