package ua.hromada.consultations.api;

import java.time.Instant;
import java.util.List;
import ua.hromada.consultations.ConsultationComment;
import ua.hromada.consultations.ConsultationReading;

/**
 * A public comment: who wrote it (empty for a deleted account), when, its text (null when a
 * moderator hid it, with {@code hiddenReason} saying why), its support and, for an answer, its replies.
 */
public record CommentDto(long id, String authorName, Instant createdAt, String text, String hiddenReason, int support,
        List<CommentDto> replies) {
    static CommentDto of(ConsultationReading.Thread thread) {
        return of(thread.answer(), thread.replies().stream().map(r -> of(r, List.of())).toList());
    }

    private static CommentDto of(ConsultationComment c, List<CommentDto> replies) {
        return new CommentDto(c.id(), c.authorName(), c.createdAt(), c.isHidden() ? null : c.text(),
                c.isHidden() ? c.hiddenReason().name() : null, c.supportCount(), replies);
    }
}
