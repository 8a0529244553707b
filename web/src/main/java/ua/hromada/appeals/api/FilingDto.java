package ua.hromada.appeals.api;

import java.util.Arrays;
import ua.hromada.appeals.AnswerForm;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.Appeals;
import ua.hromada.core.InvalidInputException;

/**
 * An appeal as a program files it: the kind, the department's id (none: the body as a whole), the
 * subject and text, for an information request the answer's form, and whether the answer may be
 * published without the person's data. The bean checks the rest as it does the web form's.
 */
public record FilingDto(String kind, Long department, String subject, String text, String answerForm, Boolean publishable) {
    Appeals.Filing filing() {
        return new Appeals.Filing(kind == null ? null : named(AppealKind.class, kind, "appeals.kind.unknown"), department, subject, text,
                answerForm == null ? null : named(AnswerForm.class, answerForm, "appeals.answer-form.unknown"), Boolean.TRUE.equals(publishable));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String refusal) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(refusal));
    }
}
