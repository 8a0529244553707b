package ua.hromada.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appeals (issue 14) on the size of the platform it replaces: 500,000 appeals across 800
 * communities, 100,000 of them in the bench community (a big city: five departments and the body
 * as a whole, three in ten waiting for their answer), 400,000 spread over 799 others; 10,000
 * applicants with 50 appeals each, across communities. Four officials and one resident sign in
 * through the mock identity provider like a browser, then hold their session cookie: the head of
 * one department, a secretariat officer, a deputy with 2,000 appeals addressed to them, and the
 * applicant whose cabinet lists their 50. Seeded with the sequence engine, set-based.
 */
final class AppealLoad {
    static final int APPEALS = 500_000;
    static final int COMMUNITIES = 800;
    static final int IN_BENCH = 100_000;
    private static final long FIRST_COMMUNITY = 20_001;
    private static final long FIRST_DEPARTMENT = 31_000_001;
    private static final int DEPARTMENTS = 5;
    private static final long FIRST_APPLICANT = 7_000_001;
    private static final int APPLICANTS = 10_000;
    private static final long FIRST_APPEAL = 10_000_001;

    private final Connection db;
    private final URI base;

    AppealLoad(Connection db, URI base) {
        this.db = db;
        this.base = base;
    }

    /** The officials' and the applicant's sessions (JSESSIONID values), and an appeal the head's department waits on. */
    record Sessions(List<String> head, List<String> secretary, List<String> deputy, List<String> applicant, long waitingAppeal) {
    }

    void seed() throws SQLException {
        long t0 = System.nanoTime();
        long c = Seeding.COMMUNITY;
        exec("insert into community (id, slug, name_uk, name_en, time_zone, status) select " + (FIRST_COMMUNITY - 1) + " + seq,"
                + " concat('appeals-', seq), concat('Громада звернень № ', seq), concat('Appeals community ', seq), 'Europe/Kyiv',"
                + " 'ACTIVE' from seq_1_to_" + (COMMUNITIES - 1));
        exec("insert into community_tool (community_id, tool) select " + (FIRST_COMMUNITY - 1) + " + seq, 'appeals' from seq_1_to_"
                + (COMMUNITIES - 1));
        exec("insert into community_tool (community_id, tool) values (" + c + ", 'appeals')");
        // department k (0-4) of community n (0: the bench community, 1-799 the others) is FIRST_DEPARTMENT + n * 5 + k
        exec("insert into appeal_department (id, community_id, name, contacts, created_at) select " + FIRST_DEPARTMENT + " + seq,"
                + " if(seq < " + DEPARTMENTS + ", " + c + ", " + (FIRST_COMMUNITY - 1) + " + floor(seq / " + DEPARTMENTS + ")),"
                + " concat(elt(1 + seq % " + DEPARTMENTS + ", 'Відділ житлово-комунального господарства', 'Управління освіти',"
                + " 'Відділ соціального захисту', 'Відділ архітектури', 'Центр надання адміністративних послуг')),"
                + " 'вул. Центральна, 1; тел. (04597) 0-00-00; прийом щовівторка', utc_timestamp(6) from seq_0_to_"
                + (COMMUNITIES * DEPARTMENTS - 1));
        exec("insert into person (id, person_key, full_name, created_at, last_sign_in_at) select " + (FIRST_APPLICANT - 1) + " + seq,"
                + " sha2(concat('bench-applicant-', seq), 256), concat('Заявник ', seq), utc_timestamp(6), utc_timestamp(6)"
                + " from seq_1_to_" + APPLICANTS);
        progress(String.format(Locale.ROOT, "%d communities, %,d departments, %,d applicants", COMMUNITIES, COMMUNITIES * DEPARTMENTS,
                APPLICANTS), t0);
        // appeal seq (0-based): the first IN_BENCH in the bench community, the rest round the others; a sixth to the body as a whole
        String community = "if(seq < " + IN_BENCH + ", " + c + ", " + FIRST_COMMUNITY + " + (seq - " + IN_BENCH + ") % " + (COMMUNITIES - 1)
                + ")";
        String communityIndex = "if(seq < " + IN_BENCH + ", 0, 1 + (seq - " + IN_BENCH + ") % " + (COMMUNITIES - 1) + ")";
        exec("insert into appeal (id, community_id, number, kind, department_id, applicant_id, applicant_name, subject, text, answer_form,"
                + " publishable, status, filed_at, due_at, answered_at, answer_text, answered_by, updated_at, version) select "
                + FIRST_APPEAL + " + seq, " + community + ", concat('2026-', lpad(seq, 7, '0')), elt(1 + seq % 4, 'PROPOSAL', 'STATEMENT',"
                + " 'COMPLAINT', 'INFORMATION_REQUEST'), if(seq % 6 = 5, null, " + FIRST_DEPARTMENT + " + " + communityIndex + " * "
                + DEPARTMENTS + " + seq % 6), " + FIRST_APPLICANT + " + seq % " + APPLICANTS + ", concat('Заявник ', 1 + seq % "
                + APPLICANTS + "), concat('Звернення щодо ремонту дороги № ', seq), ?, if(seq % 4 = 3, 'ELECTRONIC', null), seq % 2 = 0,"
                + " if(seq % 10 < 3, 'REGISTERED', 'ANSWERED'), utc_timestamp(6) - interval (seq % 365) day - interval (seq % 86400) second,"
                + " utc_timestamp(6) - interval (seq % 365) day + interval 30 day, if(seq % 10 < 3, null, utc_timestamp(6) - interval"
                + " (seq % 365) day + interval (seq % 40) day), if(seq % 10 < 3, null, ?), if(seq % 10 < 3, null, 'Бенч Виконавець'),"
                + " utc_timestamp(6), 0 from seq_0_to_" + (APPEALS - 1), TEXT, ANSWER);
        progress(String.format(Locale.ROOT, "%,d appeals", APPEALS), t0);
    }

    /**
     * Signs the four in (creating them as people), each in {@code sessions} sessions of their own
     * (as many officials at once would be: a session holds only so many views, and one session
     * read by all would measure views pushed out of it), then gives them their roles, department
     * and appeals as the consoles would.
     */
    Sessions people(int sessions) throws Exception {
        long c = Seeding.COMMUNITY;
        Person head = signIn("Бенч Керівник Відділу", sessions);
        Person secretary = signIn("Бенч Секретар", sessions);
        Person deputy = signIn("Бенч Депутатка", sessions);
        Person applicant = signIn("Бенч Заявниця", sessions);
        grant(head.id, "DEPARTMENT_EXECUTOR");
        grant(secretary.id, "SECRETARIAT_OFFICER");
        grant(deputy.id, "DEPUTY");
        exec("insert into appeal_department_staff (department_id, person_id, head, community_id, added_at) values (" + FIRST_DEPARTMENT
                + ", " + head.id + ", true, " + c + ", utc_timestamp(6))");
        // 2,000 of the bench community's appeals to the body as a whole are addressed to the deputy instead
        exec("update appeal set deputy_id = " + deputy.id + " where community_id = " + c + " and department_id is null"
                + " and id < " + FIRST_APPEAL + " + 12000");
        exec("update appeal set applicant_id = " + applicant.id + " where applicant_id = " + FIRST_APPLICANT);
        long waiting;
        try (PreparedStatement q = db.prepareStatement("select min(id) from appeal where department_id = " + FIRST_DEPARTMENT
                + " and status = 'REGISTERED'"); ResultSet r = q.executeQuery()) {
            r.next();
            waiting = r.getLong(1);
        }
        return new Sessions(head.cookies, secretary.cookies, deputy.cookies, applicant.cookies, waiting);
    }

    /** A person and the session cookies they signed in with. */
    private record Person(long id, List<String> cookies) {
    }

    /** The same person (one national identifier) signed in {@code count} times, each a session of its own. */
    private Person signIn(String name, int count) throws Exception {
        String identifier = BrowserSignIn.nationalIdentifier();
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cookies.add(BrowserSignIn.session(base, name, identifier));
        }
        try (PreparedStatement q = db.prepareStatement("select max(id) from person where full_name = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return new Person(r.getLong(1), List.copyOf(cookies));
            }
        }
    }

    private void grant(long person, String role) throws SQLException {
        exec("insert into role_grant (person_id, community_id, role, granted_at, granted_by) values (" + person + ", " + Seeding.COMMUNITY
                + ", '" + role + "', utc_timestamp(6), 'bench')");
    }

    private void exec(String sql, String... parameters) throws SQLException {
        SeedSql.exec(db, sql, parameters);
    }

    private static void progress(String what, long t0) {
        SeedSql.progress("appeals", what, t0);
    }

    private static final String TEXT = "Прошу відремонтувати дорогу на вулиці Садовій від школи до зупинки: там ями й калюжі, діти"
            + " ходять проїжджою частиною.";
    private static final String ANSWER = "Ремонт дороги на вулиці Садовій внесено до плану робіт на квітень; про початок повідомимо.";
}
