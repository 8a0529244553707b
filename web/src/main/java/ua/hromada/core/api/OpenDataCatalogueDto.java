package ua.hromada.core.api;

import java.time.Instant;
import java.util.List;

/** The open-data catalogue: every dataset with its addresses, the licence and when it last changed. */
public record OpenDataCatalogueDto(String licence, String licenceUrl, List<Entry> datasets) {
    static final String LICENCE = "CC-BY-4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** One dataset: {@code json} and {@code csv} are absolute paths on this server. */
    public record Entry(String name, String title, String tool, String json, String csv, Instant updatedAt) {
    }
}
