package ua.hromada.appeals.api;

import java.time.Instant;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.OwnAppeals;

/**
 * One of the caller's own appeals as their program reads it: what they filed, where it is, its
 * term (and why it was extended) and, once answered, the answer. Attachments stay on the web page.
 */
public record AppealDto(long id, String community, String number, String kind, String status, String subject, String text,
        Long departmentId, String department, String answerForm, boolean publishable, Instant filedAt, Instant dueAt,
        Instant extendedAt, String extensionReason, Instant answeredAt, String answer, String url) {
    static AppealDto of(OwnAppeals.Own own, String slug) {
        Appeal a = own.appeal();
        return new AppealDto(a.id(), slug, a.number(), a.kind().name(), a.status().name(), a.subject(), a.text(), a.departmentId(),
                own.department(), a.answerForm() == null ? null : a.answerForm().name(), a.publishable(), a.filedAt(), a.dueAt(),
                a.extendedAt(), a.extensionReason(), a.answeredAt(), a.answerText(), "/" + slug + "/appeals/" + a.id());
    }
}
