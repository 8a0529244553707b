package ua.hromada.budget;

import java.util.Locale;

/** What a contest's category covers: the whole community, one district, or one theme. */
public enum CategoryScope {
    CITY_WIDE, DISTRICT, THEMATIC;

    public String labelKey() {
        return "budget.scope." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
