package ua.hromada.appeals;

import java.util.Locale;

/** How a person asks to receive the public information they request (electronic unless they say otherwise). */
public enum AnswerForm {
    ELECTRONIC, PAPER;

    public String labelKey() {
        return "appeals.answer-form." + name().toLowerCase(Locale.ROOT);
    }
}
