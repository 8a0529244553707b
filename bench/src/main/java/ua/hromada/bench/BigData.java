package ua.hromada.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The scale of the platform being replaced, in one community (the worst case for its list page):
 * 35,000 collecting petitions and 3,000,000 signatures from 200,000 residents. One viral petition
 * holds 200,000 signatures; the other 2.8 M are spread evenly. Generated inside MariaDB from its
 * sequence engine ({@code seq_1_to_N}), so seeding costs the server's insert time only.
 */
final class BigData {
    static final long COMMUNITY = 9002;
    static final String SLUG = "bench-big";
    static final int PETITIONS = 35_000;
    static final int SIGNATURES = 3_000_000;
    static final int RESIDENTS = 200_000;
    static final long FIRST_PERSON = 2_000_001;
    static final long FIRST_PETITION = 1_000_001;
    /** The viral petition: every resident signed it. */
    static final long VIRAL = FIRST_PETITION;
    private static final int OTHERS = PETITIONS - 1;
    private static final int CHUNK = 400_000;
    /**
     * Spreads the signatures of the other petitions over the residents: for signature s, petition
     * s mod OTHERS and resident (s div OTHERS * STRIDE + s mod OTHERS) mod RESIDENTS. Within one
     * petition s div OTHERS takes at most 81 values, whose multiples of STRIDE stay below
     * RESIDENTS, so no resident signs one petition twice (the unique key would refuse it).
     */
    static final int STRIDE = 2477;

    private final Connection db;
    private final Seeding seeding;

    BigData(Connection db, Seeding seeding) {
        this.db = db;
        this.seeding = seeding;
    }

    /** The petition of other-signature number s (0-based). */
    static long petitionOf(long s) {
        return FIRST_PETITION + 1 + s % OTHERS;
    }

    /** The resident of other-signature number s (0-based). */
    static long residentOf(long s) {
        return FIRST_PERSON + ((s / OTHERS) * STRIDE + s % OTHERS) % RESIDENTS;
    }

    void seed() throws SQLException {
        long t0 = System.nanoTime();
        seeding.community(COMMUNITY, SLUG, "Велика громада (бенчмарк)");
        exec("insert into person (id, person_key, full_name, created_at, last_sign_in_at)"
                + " select " + (FIRST_PERSON - 1) + " + seq, sha2(concat('bench-big-', seq), 256), concat('Мешканець ', seq),"
                + " utc_timestamp(6), utc_timestamp(6) from seq_1_to_" + RESIDENTS);
        exec("insert into residency (person_id, community_id, verified, source, since)"
                + " select " + (FIRST_PERSON - 1) + " + seq, " + COMMUNITY + ", true, 'PROVIDER', utc_timestamp(6)"
                + " from seq_1_to_" + RESIDENTS);
        progress("200,000 residents", t0);
        // published over the last 89 days, each collecting for 90 days from publication
        exec("insert into petition (id, community_id, author_id, author_name, title, text, category, status, rule_threshold,"
                + " rule_collection_days, rule_moderation_days, rule_consideration_days, rule_signers, rule_sign_in,"
                + " rule_continue_after_threshold, rule_text_min, rule_text_max, created_at, updated_at, submitted_at,"
                + " published_at, collection_ends_at)"
                + " select " + (FIRST_PETITION - 1) + " + seq, " + COMMUNITY + ", " + FIRST_PERSON + ", 'Мешканець 1',"
                + " concat(elt(1 + seq % 6, 'Ремонт дороги', 'Освітлення вулиці', 'Новий сквер', 'Шкільний автобус',"
                + " 'Велодоріжка', 'Укриття'), ' — петиція № ', seq), ?, elt(1 + seq % 10, 'INFRASTRUCTURE', 'TRANSPORT',"
                + " 'EDUCATION', 'HEALTH', 'ENVIRONMENT', 'SOCIAL', 'CULTURE', 'SAFETY', 'GOVERNANCE', 'OTHER'), 'COLLECTING',"
                + " 250, 90, 2, 10, 'RESIDENTS', 'STRONG', false, 50, 5000, p, p, p, p, p + interval 90 day"
                + " from (select seq, utc_timestamp(6) - interval (seq * 219) second - interval 1 hour as p"
                + " from seq_1_to_" + PETITIONS + ") s", Seeding.PETITION_TEXT);
        progress("35,000 petitions", t0);
        exec("insert into signature (petition_id, community_id, person_id, full_name, signed_at, strength)"
                + " select " + VIRAL + ", " + COMMUNITY + ", " + (FIRST_PERSON - 1) + " + seq, concat('Мешканець ', seq),"
                + " utc_timestamp(6) - interval seq second, 'STRONG' from seq_1_to_" + RESIDENTS);
        int others = SIGNATURES - RESIDENTS;
        for (int from = 0; from < others; from += CHUNK) {
            int to = Math.min(others, from + CHUNK) - 1;
            exec("insert into signature (petition_id, community_id, person_id, full_name, signed_at, strength)"
                    + " select " + (FIRST_PETITION + 1) + " + seq % " + OTHERS + ", " + COMMUNITY + ", "
                    + FIRST_PERSON + " + (floor(seq / " + OTHERS + ") * " + STRIDE + " + seq % " + OTHERS + ") % " + RESIDENTS
                    + ", 'Мешканець', utc_timestamp(6) - interval (seq % 600000) second, 'STRONG'"
                    + " from seq_" + from + "_to_" + to);
            progress(String.format("%,d signatures", Math.min(others, from + CHUNK) + RESIDENTS), t0);
        }
        exec("update petition p join (select petition_id, count(*) c from signature where community_id = " + COMMUNITY
                + " group by petition_id) s on s.petition_id = p.id set p.signature_count = s.c");
        progress("counts settled", t0);
    }

    private void exec(String sql, String... parameters) throws SQLException {
        SeedSql.exec(db, sql, parameters);
    }

    private static void progress(String what, long t0) {
        SeedSql.progress("big data", what, t0);
    }
}
