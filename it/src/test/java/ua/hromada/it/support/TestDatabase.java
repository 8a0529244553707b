package ua.hromada.it.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Direct JDBC to the test database, for setting up rows the application would have (while it is
 * undeployed, say) and for checking what it stored.
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(ItSettings.dbUrl(), ItSettings.dbUser(), System.getenv().getOrDefault("HROMADA_DB_PASSWORD", ""));
    }

    /** Inserts an active community (or finds it) and returns its id. */
    public static long community(String slug, String nameUk, String nameEn) throws SQLException {
        try (Connection c = connect()) {
            try (PreparedStatement find = c.prepareStatement("select id from community where slug = ?")) {
                find.setString(1, slug);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into community (slug, name_uk, name_en, time_zone, status)"
                    + " values (?, ?, ?, 'Europe/Kyiv', 'ACTIVE')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, slug);
                insert.setString(2, nameUk);
                insert.setString(3, nameEn);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }

    /** An active community (found or inserted) with these tools switched on; its id. */
    public static long communityWith(String slug, String nameUk, String nameEn, String... tools) throws SQLException {
        long id = community(slug, nameUk, nameEn);
        for (String tool : tools) {
            execute("insert ignore into community_tool (community_id, tool) values (?, ?)", id, tool);
        }
        return id;
    }

    /** Inserts an announcement in the given state and returns its id. */
    public static long announcement(long communityId, String title, String body, String status, Instant publishedAt)
            throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                "insert into announcement (community_id, title, body, status, published_at, created_at) values (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, communityId);
            insert.setString(2, title);
            insert.setString(3, body);
            insert.setString(4, status);
            insert.setTimestamp(5, Timestamp.from(publishedAt));
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The person key the application stores for a national identifier (same secret as the server). */
    public static String personKey(String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(System.getProperty("hromada.it.person-key-secret", "")
                    .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    public static long count(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = bind(c.prepareStatement(sql), params)) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The count once it reaches {@code expected}, or the last one read after {@code seconds}: for
     * what the application writes a few seconds later by design (batched stamps, tallies).
     */
    public static long countWithin(int seconds, long expected, String sql, Object... params)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long found = count(sql, params);
        while (found != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = count(sql, params);
        }
        return found;
    }

    /** How many values in the text columns of the whole database contain {@code value}. */
    public static long occurrences(String value) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns"
                        + " where table_schema = database() and data_type in ('varchar','char','text','mediumtext','longtext','tinytext')")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        long found = 0;
        for (String[] col : columns) {
            found += count("select count(*) from `" + col[0] + "` where `" + col[1] + "` like ?", "%" + value + "%");
        }
        return found;
    }

    public static void execute(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = bind(c.prepareStatement(sql), params)) {
            s.executeUpdate();
        }
    }

    /**
     * A person as their first sign-in would store them (by key only), holding {@code role} in the
     * community (null: a platform role).
     */
    public static long personWithRole(String identifier, String fullName, Long communityId, String role) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("insert into person"
                + " (person_key, full_name, created_at, last_sign_in_at) values (?, ?, now(6), now(6))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, personKey(identifier));
            insert.setString(2, fullName);
            insert.executeUpdate();
            long person;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                person = keys.getLong(1);
            }
            execute("insert into role_grant (person_id, community_id, role, granted_at, granted_by) values (?, ?, ?, now(6), 'test')",
                    person, communityId, role);
            return person;
        }
    }

    /** A collecting petition of the community by the author, with the platform's default rules. */
    public static long collectingPetition(long communityId, long authorId, String title) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("insert into petition (community_id, author_id,"
                + " author_name, title, text, category, status, rule_threshold, rule_collection_days, rule_moderation_days,"
                + " rule_consideration_days, rule_signers, rule_sign_in, rule_continue_after_threshold, rule_text_min, rule_text_max,"
                + " created_at, updated_at, published_at, collection_ends_at) select ?, id, full_name, ?, 'Текст петиції', 'OTHER',"
                + " 'COLLECTING', 100, 90, 2, 10, 'SIGNED_IN', 'STRONG', false, 1, 5000, now(6), now(6), now(6),"
                + " now(6) + interval 90 day from person where id = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, communityId);
            insert.setString(2, title);
            insert.setLong(3, authorId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A petition of the community by the author, submitted and waiting for moderation (due in two days). */
    public static long submittedPetition(long communityId, long authorId, String title) throws SQLException {
        long id = collectingPetition(communityId, authorId, title);
        execute("update petition set status = 'SUBMITTED', submitted_at = now(6), moderation_due_at = now(6) + interval 2 day,"
                + " published_at = null, collection_ends_at = null where id = ?", id);
        return id;
    }

    /**
     * A consultation of the community with this title, open to anyone signed in from yesterday for
     * thirty days: PUBLISHED, or DRAFT.
     */
    /** Inserts a participatory budget contest of five million hryvnias in the given stage, one category, and returns its id. */
    /** A registered statement of {@code applicantId} to the community's bodies, due in 30 days. */
    public static long appeal(long communityId, long applicantId, String subject) throws SQLException {
        execute("insert into appeal (community_id, number, kind, applicant_id, applicant_name, subject, text, publishable, status,"
                + " filed_at, due_at, updated_at) values (?, concat('2026-', lpad(floor(rand() * 999999), 6, '0')), 'STATEMENT', ?,"
                + " 'Заявник', ?, 'Прошу розглянути питання ремонту дороги на нашій вулиці.', false, 'REGISTERED', now(6),"
                + " now(6) + interval 30 day, now(6))", communityId, applicantId, subject);
        return count("select max(id) from appeal where community_id = ?", communityId);
    }

    /** A council's draft decision with its first version (and the community's standing committee, made on first use). */
    public static long councilDraft(long communityId, String number, String title) throws SQLException {
        execute("insert ignore into council_committee (community_id, name, created_at) values (?, 'Постійна комісія з питань бюджету',"
                + " now(6))", communityId);
        execute("insert into council_draft (community_id, number, title, initiator, committee_id, current_version, registered_at,"
                + " changed_at) select ?, ?, ?, 'Виконавчий комітет', max(id), 1, now(6), now(6) from council_committee where community_id = ?",
                communityId, number, title, communityId);
        long draft = count("select id from council_draft where community_id = ? and number = ?", communityId, number);
        execute("insert into council_draft_version (community_id, draft_id, number, text, created_at) values (?, ?, 1, ?, now(6))",
                communityId, draft, "1. Затвердити Програму благоустрою громади на 2027 рік (додається).");
        return draft;
    }

    /** A council session next week in the session hall with these drafts on its agenda, its agenda published or not. */
    public static long councilSession(long communityId, String title, boolean published, long... drafts) throws SQLException {
        execute("insert into council_session (community_id, title, starts_at, place, remote, published_at, created_at)"
                + " values (?, ?, now(6) + interval 7 day, 'Сесійна зала', false, " + (published ? "now(6)" : "null") + ", now(6))",
                communityId, title);
        long session = count("select max(id) from council_session where community_id = ?", communityId);
        for (int i = 0; i < drafts.length; i++) {
            execute("insert into council_agenda_item (community_id, session_id, draft_id, position) values (?, ?, ?, ?)", communityId,
                    session, drafts[i], i + 1);
        }
        return session;
    }

    /** A roll call on the session's first agenda item, closed an hour ago with no votes (not adopted). */
    public static long closedRollCall(long communityId, long session) throws SQLException {
        execute("insert into council_roll_call (community_id, session_id, item_id, round, majority, composition, needed, quorum, registered,"
                + " opened_at, closes_at, closed_at, votes_for, votes_against, votes_abstain, outcome) select community_id, session_id, id, 1,"
                + " 'COMPOSITION', 26, 14, 14, 14, now(6) - interval 2 hour, now(6) - interval 119 minute, now(6) - interval 1 hour, 0, 0, 0,"
                + " 'NOT_ADOPTED' from council_agenda_item where session_id = ? order by position limit 1", session);
        return count("select max(id) from council_roll_call where community_id = ?", communityId);
    }

    /** A deputy's public profile in a council, under {@code name}. */
    public static long councilDeputy(long communityId, long personId, String name) throws SQLException {
        execute("insert into council_deputy (community_id, person_id, name, created_at) values (?, ?, ?, now(6))", communityId, personId, name);
        return count("select id from council_deputy where community_id = ? and person_id = ?", communityId, personId);
    }

    /**
     * A council thread of {@code starter} and {@code other} with the starter's first message; {@code deputyId}: the deputy a
     * resident wrote to (then {@code other}), or null between colleagues.
     */
    public static long councilThread(long communityId, String subject, Long deputyId, long starter, long other, String text) throws SQLException {
        execute("insert into council_thread (community_id, subject, deputy_id, started_by, started_at, last_message_at)"
                + " values (?, ?, ?, ?, now(6), now(6))", communityId, subject, deputyId, starter);
        long thread = count("select max(id) from council_thread where community_id = ?", communityId);
        for (long member : new long[] {starter, other}) {
            execute("insert into council_thread_member (thread_id, person_id, community_id) values (?, ?, ?)", thread, member, communityId);
        }
        execute("insert into council_message (community_id, thread_id, author_id, text, written_at) values (?, ?, ?, ?, now(6))",
                communityId, thread, starter, text);
        return thread;
    }

    /** A question vote of the community, open from an hour ago for a day (its ledger chain is not written: a bare row). */
    public static long vote(long communityId, String title) throws SQLException {
        execute("insert into vote (community_id, kind, title, description, opens_at, closes_at, min_age, created_by, created_at)"
                + " values (?, 'QUESTION', ?, '', now(6) - interval 1 hour, now(6) + interval 1 day, 18, 'test', now(6))", communityId, title);
        return count("select max(id) from vote where community_id = ?", communityId);
    }

    public static long contest(long communityId, String title, String stage) throws SQLException {
        long id;
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("insert into budget_contest (community_id, title,"
                + " description, total_budget, selection_rule, voter_min_age, declared_residency, sign_in, stage, submission_from,"
                + " support_from, review_from, voting_from, results_from, implementation_from, created_by, created_at, updated_at,"
                + " published_at) values (?, ?, 'Конкурс проєктів мешканців громади на наступний рік', 500000000, 'EQUAL_SHARES', 16,"
                + " false, 'STRONG', ?, now(6) - interval 1 day, now(6) + interval 10 day, now(6) + interval 20 day,"
                + " now(6) + interval 30 day, now(6) + interval 40 day, now(6) + interval 50 day, 'test', now(6), now(6),"
                + " if(? = 'DRAFT', null, now(6)))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, communityId);
            insert.setString(2, title);
            insert.setString(3, stage);
            insert.setString(4, stage);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        execute("insert into budget_category (community_id, contest_id, position, name, scope, budget, min_cost, max_cost, picks)"
                + " values (?, ?, 0, 'Загальноміські проєкти', 'CITY_WIDE', 500000000, 10000000, 100000000, 3)", communityId, id);
        return id;
    }

    /** Inserts a project of a contest (made by {@link #contest}) in the given status, numbered when submitted, and returns its id. */
    public static long project(long contestId, long communityId, long authorId, String status) throws SQLException {
        return project(contestId, communityId, authorId, status, "Сквер біля школи");
    }

    /** The same with its own title. */
    public static long project(long contestId, long communityId, long authorId, String status, String title) throws SQLException {
        long category = count("select min(id) from budget_category where contest_id = ?", contestId);
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("insert into budget_project (community_id, contest_id,"
                + " category_id, number, title, description, location, status, author_id, author_name, contacts, on_paper, cost,"
                + " created_at, updated_at, submitted_at) values (?, ?, ?, if(? = 'DRAFT', null, (select coalesce(max(n), 0) + 1 from"
                + " (select cast(number as unsigned) n from budget_project where contest_id = ?) t)), ?,"
                + " 'Облаштувати сквер біля школи: лавки, освітлення, тінь для мешканців усіх віків.', 'вул. Шевченка, 12', ?, ?,"
                + " 'Авторка Проєкту', '+380501234567', false, 30000000, now(6), now(6), if(? = 'DRAFT', null, now(6)))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, communityId);
            insert.setLong(2, contestId);
            insert.setLong(3, category);
            insert.setString(4, status);
            insert.setLong(5, contestId);
            insert.setString(6, title);
            insert.setString(7, status);
            insert.setLong(8, authorId);
            insert.setString(9, status);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                execute("insert into budget_cost_line (project_id, position, item, amount) values (?, 0, 'Лавки та освітлення', 30000000)", id);
                return id;
            }
        }
    }

    public static long consultation(long communityId, String title, String status) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("insert into consultation (community_id, title,"
                + " description, category, status, audience, sign_in, starts_at, ends_at, created_by, created_at, updated_at,"
                + " published_at) values (?, ?, 'Питання до мешканців громади для обговорення', 'OTHER', ?, 'SIGNED_IN', 'STRONG',"
                + " now(6) - interval 1 day, now(6) + interval 30 day, 'test', now(6), now(6), if(? = 'DRAFT', null, now(6)))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, communityId);
            insert.setString(2, title);
            insert.setString(3, status);
            insert.setString(4, status);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** An answer by the person in the consultation, with this text: its id. */
    public static long consultationComment(long consultationId, long communityId, long personId, String text) throws SQLException {
        execute("insert into consultation_comment (community_id, consultation_id, author_id, author_name, text, created_at)"
                + " select ?, ?, id, full_name, ?, now(6) from person where id = ?", communityId, consultationId, text, personId);
        return count("select max(id) from consultation_comment where consultation_id = ?", consultationId);
    }

    /** A topic the person proposed in the community, waiting for the moderators: its id. */
    public static long topicProposal(long communityId, long personId, String title) throws SQLException {
        execute("insert into consultation_proposal (community_id, author_id, author_name, title, text, status, created_at)"
                + " select ?, id, full_name, ?, 'Пропонуємо обговорити цю тему з мешканцями громади', 'PROPOSED', now(6)"
                + " from person where id = ?", communityId, title, personId);
        return count("select max(id) from consultation_proposal where community_id = ?", communityId);
    }

    /** A signature of the person under the petition, as the signing INSERT writes it. */
    public static void signature(long petitionId, long communityId, long personId) throws SQLException {
        execute("insert into signature (petition_id, community_id, person_id, full_name, signed_at, strength)"
                + " select ?, ?, id, full_name, now(6), 'STRONG' from person where id = ?", petitionId, communityId, personId);
    }

    /**
     * {@code count} new people who all signed the petition (in one go: MariaDB's sequence engine),
     * with this sign-in strength and residency; names "{prefix} N".
     */
    public static void signers(long petitionId, long communityId, int count, String prefix, String strength, String residency)
            throws SQLException {
        String key = prefix + "-" + System.nanoTime() + "-";
        execute("insert into person (person_key, full_name, created_at, last_sign_in_at) select concat(?, seq), concat(?, ' ', seq),"
                + " now(6), now(6) from seq_1_to_" + count, key, prefix);
        execute("insert into signature (petition_id, community_id, person_id, full_name, signed_at, strength, residency)"
                + " select ?, ?, id, full_name, now(6), ?, ? from person where person_key like ?", petitionId, communityId,
                strength, residency, key + "%");
    }
}
