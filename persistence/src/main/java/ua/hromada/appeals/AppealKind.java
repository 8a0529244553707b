package ua.hromada.appeals;

import java.util.Locale;

/**
 * What a person files: the three kinds of appeal the law on citizens' appeals names, and a request
 * for public information, which runs on its own, shorter clock.
 */
public enum AppealKind {
    PROPOSAL, STATEMENT, COMPLAINT, INFORMATION_REQUEST;

    public boolean isInformationRequest() {
        return this == INFORMATION_REQUEST;
    }

    public String labelKey() {
        return "appeals.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
