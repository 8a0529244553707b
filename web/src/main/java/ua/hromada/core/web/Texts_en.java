package ua.hromada.core.web;

import java.util.Locale;

/** The English texts of {@link Texts}. */
public class Texts_en extends Texts {
    public Texts_en() {
        super(Locale.ENGLISH);
    }
}
