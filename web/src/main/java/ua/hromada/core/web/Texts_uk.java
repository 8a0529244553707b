package ua.hromada.core.web;

import java.util.Locale;

/**
 * The Ukrainian texts of {@link Texts}, named so: without it a request for "uk" would fall back to
 * the JVM's default locale (often English) before the base bundle.
 */
public class Texts_uk extends Texts {
    public Texts_uk() {
        super(Locale.forLanguageTag("uk"));
    }
}
