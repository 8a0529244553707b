package ua.hromada.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the bench's data straight into the application's tables over JDBC (the application's
 * beans would make seeding take longer than the measurement). Ids are explicit and far above
 * anything else in the fresh bench database, so the steps can address their rows directly.
 */
final class Seeding {
    static final long COMMUNITY = 9001;
    static final String SLUG = "bench";
    static final long AUTHOR = 1_000_000;
    static final long FIRST_PERSON = 1_000_001;
    static final long FIRST_PETITION = 900_001;
    /** The threshold of the surge petitions: crossed during a step, as a viral petition's would be. */
    static final int THRESHOLD = 1000;
    private static final int ROWS_PER_INSERT = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection db;

    Seeding(Connection db) {
        this.db = db;
    }

    /** The seeded signers: their person ids and token secrets, by index. */
    record Signers(long[] personIds, String[] secrets) {
    }

    /** Drops and creates the bench database, so every run starts from the migrations alone. */
    static void reset(Connection server, String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Statement s = server.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    /** Fails with what is missing when the application's schema lacks a table the bench writes. */
    void requireSchema() throws SQLException {
        for (String table : List.of("community", "person", "residency", "petition", "signature", "api_token")) {
            try (PreparedStatement q = db.prepareStatement(
                    "select count(*) from information_schema.tables where table_schema = database() and table_name = ?")) {
                q.setString(1, table);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        throw new IllegalStateException("the application's schema has no table " + table
                                + ": this checkout lacks the petitions tool or the API tokens");
                    }
                }
            }
        }
    }

    /** A community with petitions on, residents only signing, strong sign-in (the default). */
    void community(long id, String slug, String name) throws SQLException {
        update("insert into community (id, slug, name_uk, name_en, time_zone, status) values (?, ?, ?, ?, 'Europe/Kyiv', 'ACTIVE')",
                id, slug, name, name);
        update("insert into community_tool (community_id, tool) values (?, 'petitions')", id);
        update("insert into community_setting (community_id, name, value) values (?, 'petitions.signers', 'RESIDENTS'),"
                + " (?, 'petitions.threshold', ?), (?, 'petitions.continue-after-threshold', 'true')",
                id, id, String.valueOf(THRESHOLD), id);
    }

    /** The author of the seeded petitions (a resident, like anyone who creates one). */
    void author(long communityId) throws SQLException {
        update("insert into person (id, person_key, full_name, created_at, last_sign_in_at) values (?, ?, 'Бенч Автор',"
                + " utc_timestamp(6), utc_timestamp(6))", AUTHOR, sha256Hex("bench-author"));
        update("insert into residency (person_id, community_id, verified, source, since) values (?, ?, true, 'PROVIDER',"
                + " utc_timestamp(6))", AUTHOR, communityId);
    }

    /**
     * {@code count} verified residents of the community (as a strong sign-in's address claim makes
     * them), each with a SIGN token of their own.
     */
    Signers signers(long communityId, int count) throws SQLException {
        long[] ids = new long[count];
        String[] secrets = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = FIRST_PERSON + i;
            secrets[i] = secret();
        }
        // born 1980 as a provider states it: the participatory budget's voters have a least age
        rows("person (id, person_key, full_name, birth_date, created_at, last_sign_in_at)",
                "(?, ?, ?, '1980-01-01', utc_timestamp(6), utc_timestamp(6))", count,
                (q, i, p) -> {
                    q.setLong(p, ids[i]);
                    q.setString(p + 1, sha256Hex("bench-person-" + ids[i]));
                    q.setString(p + 2, fullName(i));
                });
        rows("residency (person_id, community_id, verified, source, since)",
                "(?, ?, true, 'PROVIDER', utc_timestamp(6))", count,
                (q, i, p) -> {
                    q.setLong(p, ids[i]);
                    q.setLong(p + 1, communityId);
                });
        rows("api_token (person_id, community_id, scope, label, token_hash, created_at, expires_at)",
                "(?, ?, 'SIGN', 'bench', ?, utc_timestamp(6), utc_timestamp(6) + interval 30 day)", count,
                (q, i, p) -> {
                    q.setLong(p, ids[i]);
                    q.setLong(p + 1, communityId);
                    q.setString(p + 2, sha256Hex(secrets[i]));
                });
        return new Signers(ids, secrets);
    }

    /** One collecting petition per step, published yesterday, collecting for 60 more days. */
    void petitions(long communityId, long firstId, int count) throws SQLException {
        rows("petition (id, community_id, author_id, author_name, title, text, category, status, rule_threshold,"
                        + " rule_collection_days, rule_moderation_days, rule_consideration_days, rule_signers, rule_sign_in,"
                        + " rule_continue_after_threshold, rule_text_min, rule_text_max, created_at, updated_at, submitted_at,"
                        + " published_at, collection_ends_at)",
                "(?, ?, ?, 'Бенч Автор', ?, ?, 'INFRASTRUCTURE', 'COLLECTING', ?, 90, 2, 10, 'RESIDENTS', 'STRONG', true, 50, 5000,"
                        + " utc_timestamp(6) - interval 2 day, utc_timestamp(6) - interval 1 day, utc_timestamp(6) - interval 2 day,"
                        + " utc_timestamp(6) - interval 1 day, utc_timestamp(6) + interval 60 day)",
                count, (q, i, p) -> {
                    q.setLong(p, firstId + i);
                    q.setLong(p + 1, communityId);
                    q.setLong(p + 2, AUTHOR);
                    q.setString(p + 3, "Освітлення вулиць громади, крок " + (i + 1));
                    q.setString(p + 4, PETITION_TEXT);
                    q.setInt(p + 5, THRESHOLD);
                });
    }

    /** A table shaped like {@code signature} (columns and indexes; no foreign key) for the raw reference. */
    void scratchTable() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists " + RawInsert.TABLE);
            s.execute("create table " + RawInsert.TABLE + " like signature");
        }
    }

    static String fullName(int person) {
        return "Підписант Бенчмарку " + person;
    }

    static final String PETITION_TEXT = ("Просимо облаштувати вуличне освітлення на всіх вулицях громади, де його досі немає,"
            + " і встановити енергоощадні світильники з датчиками руху. ").repeat(6);

    /** Fills one row's parameters, {@code first} being the row's first parameter index. */
    @FunctionalInterface
    interface RowWriter {
        void write(PreparedStatement q, int row, int first) throws SQLException;
    }

    /** Multi-row INSERTs of {@value #ROWS_PER_INSERT} rows, one transaction per statement. */
    void rows(String into, String valuesTuple, int count, RowWriter writer) throws SQLException {
        int perRow = (int) valuesTuple.chars().filter(c -> c == '?').count();
        for (int from = 0; from < count; from += ROWS_PER_INSERT) {
            int n = Math.min(ROWS_PER_INSERT, count - from);
            StringJoiner values = new StringJoiner(", ");
            for (int i = 0; i < n; i++) {
                values.add(valuesTuple);
            }
            try (PreparedStatement q = db.prepareStatement("insert into " + into + " values " + values)) {
                for (int i = 0; i < n; i++) {
                    writer.write(q, from + i, 1 + i * perRow);
                }
                q.executeUpdate();
            }
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        }
    }

    /** A secret shaped like the application's TokenSecret: {@code hrm_} and 32 random bytes, base64url. */
    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "hrm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
