package ua.hromada.core.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of API error texts: the first supported one the client accepts, else Ukrainian. */
final class ProblemLanguage {
    private ProblemLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage()) || "uk".equals(l.getLanguage())) {
                    return Locale.forLanguageTag(l.getLanguage());
                }
            }
        }
        return Locale.forLanguageTag("uk");
    }
}
