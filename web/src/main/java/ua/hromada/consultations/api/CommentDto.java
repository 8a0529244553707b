package ua.hromada.consultations.api;

import java.time.Instant;
import java.util.ArrayList;
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

    /** The columns of a consultation's comments CSV. */
    static final String[] COLUMNS = {"id", "reply_to", "author", "created_at", "support", "text", "hidden_reason"};

    /** A thread as CSV rows: the answer, then its replies. */
    static List<Object[]> rows(ConsultationReading.Thread thread) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(cells(thread.answer()));
        thread.replies().forEach(r -> rows.add(cells(r)));
        return rows;
    }

    private static Object[] cells(ConsultationComment c) {
        return new Object[] {c.id(), c.parentId(), c.authorName(), c.createdAt(), c.supportCount(), c.isHidden() ? null : c.text(),
            c.isHidden() ? c.hiddenReason().name() : null};
    }

    private static CommentDto of(ConsultationComment c, List<CommentDto> replies) {
        return new CommentDto(c.id(), c.authorName(), c.createdAt(), c.isHidden() ? null : c.text(),
                c.isHidden() ? c.hiddenReason().name() : null, c.supportCount(), replies);
    }
}
