package ua.hromada.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The participatory budget in the bench community (issue 13): the history of the platform it
 * replaces (9,600 projects in 300 past contests), a contest in its vote with 20 projects that 200
 * voters at once vote in through the API with their own tokens, and a contest in its results with
 * 200 projects and 100,000 ballots of 1 to 5 approvals (skewed popularity), whose results by both
 * rules (the contest's, equal shares, and by votes for comparison) the first request computes.
 * Seeded with the sequence engine, set-based.
 */
final class BudgetLoad {
    static final long VOTING = 900_001;
    static final long RESULTS = 900_002;
    /** A second contest in its vote, for the warm-up's voters (the measured one then holds its step's ballots only). */
    static final long WARM_UP = 900_003;
    private static final long VOTING_CATEGORY = 950_001;
    private static final long RESULTS_CATEGORY = 950_002;
    private static final long WARM_UP_CATEGORY = 950_003;
    static final long FIRST_VOTING_PROJECT = 5_000_001;
    static final long FIRST_WARM_UP_PROJECT = 5_000_101;
    private static final int VOTING_PROJECTS = 20;
    private static final long FIRST_RESULTS_PROJECT = 5_100_001;
    static final int RESULTS_PROJECTS = 200;
    static final int RESULTS_VOTERS = 100_000;
    private static final long PAST_FIRST = 910_001;
    private static final int PAST_CONTESTS = 300;
    private static final int PAST_PROJECTS_EACH = 32;
    private static final long MILLION = 100_000_000L; // kopecks

    private final Connection db;

    BudgetLoad(Connection db) {
        this.db = db;
    }

    void seed() throws SQLException {
        long t0 = System.nanoTime();
        long c = Seeding.COMMUNITY;
        exec("insert into community_tool (community_id, tool) values (" + c + ", 'budget')");
        String contest = "insert into budget_contest (id, community_id, title, description, total_budget, selection_rule, voter_min_age,"
                + " declared_residency, sign_in, stage, submission_from, support_from, review_from, voting_from, results_from,"
                + " implementation_from, created_by, created_at, updated_at, published_at) ";
        exec(contest + "values (" + VOTING + ", " + c + ", 'Бюджет участі 2027', ?, " + 5 * MILLION + ", 'EQUAL_SHARES', 16, false,"
                + " 'STRONG', 'VOTING', " + dates(-40) + ", 'Бенч Модератор', utc_timestamp(6) - interval 50 day,"
                + " utc_timestamp(6) - interval 1 day, utc_timestamp(6) - interval 50 day)", ABOUT);
        exec(contest + "values (" + WARM_UP + ", " + c + ", 'Бюджет участі ліцею 2027', ?, " + 5 * MILLION + ", 'BY_VOTES', 16,"
                + " false, 'STRONG', 'VOTING', " + dates(-40) + ", 'Бенч Модератор', utc_timestamp(6) - interval 50 day,"
                + " utc_timestamp(6) - interval 1 day, utc_timestamp(6) - interval 50 day)", ABOUT);
        exec(contest + "values (" + RESULTS + ", " + c + ", 'Бюджет участі 2026', ?, " + 200 * MILLION / 10 + ", 'EQUAL_SHARES', 16,"
                + " false, 'STRONG', 'RESULTS', " + dates(-45) + ", 'Бенч Модератор', utc_timestamp(6) - interval 60 day,"
                + " utc_timestamp(6) - interval 1 day, utc_timestamp(6) - interval 60 day)", ABOUT);
        exec(contest + "select " + (PAST_FIRST - 1) + " + seq, " + c + ", concat('Бюджет участі, конкурс № ', seq), ?, " + 5 * MILLION
                + ", 'BY_VOTES', 16, false, 'STRONG', 'IMPLEMENTATION', utc_timestamp(6) - interval (seq + 100) day,"
                + " utc_timestamp(6) - interval (seq + 90) day, utc_timestamp(6) - interval (seq + 80) day,"
                + " utc_timestamp(6) - interval (seq + 70) day, utc_timestamp(6) - interval (seq + 60) day,"
                + " utc_timestamp(6) - interval (seq + 50) day, 'Бенч Модератор', utc_timestamp(6) - interval (seq + 110) day,"
                + " utc_timestamp(6) - interval (seq + 50) day, utc_timestamp(6) - interval (seq + 105) day from seq_1_to_" + PAST_CONTESTS,
                ABOUT);
        String category = "insert into budget_category (id, community_id, contest_id, position, name, scope, budget, min_cost, max_cost,"
                + " picks) ";
        exec(category + "values (" + VOTING_CATEGORY + ", " + c + ", " + VOTING + ", 0, 'Загальноміські проєкти', 'CITY_WIDE', "
                + 5 * MILLION + ", " + MILLION / 10 + ", " + MILLION + ", 3), (" + RESULTS_CATEGORY + ", " + c + ", " + RESULTS
                + ", 0, 'Загальноміські проєкти', 'CITY_WIDE', " + 200 * MILLION / 10 + ", " + MILLION / 20 + ", " + MILLION / 2 + ", null), ("
                + WARM_UP_CATEGORY + ", " + c + ", " + WARM_UP + ", 0, 'Загальноміські проєкти', 'CITY_WIDE', " + 5 * MILLION + ", "
                + MILLION / 10 + ", " + MILLION + ", 3)");
        exec(category + "select 960000 + seq, " + c + ", " + (PAST_FIRST - 1) + " + seq, 0, 'Загальноміські проєкти', 'CITY_WIDE', "
                + 5 * MILLION + ", " + MILLION / 10 + ", " + MILLION + ", 3 from seq_1_to_" + PAST_CONTESTS);
        String project = "insert into budget_project (id, community_id, contest_id, category_id, number, title, description, location,"
                + " status, author_id, author_name, contacts, on_paper, cost, created_at, updated_at, submitted_at) ";
        String rest = ", ?, 'вул. Шевченка, 12', 'ADMITTED', null, 'Авторка Проєкту', '+380501234567', false, %s,"
                + " utc_timestamp(6) - interval 30 day, utc_timestamp(6) - interval 20 day, utc_timestamp(6) - interval 30 day from seq_1_to_%d";
        // 100,000 to 1 million hryvnias on the ballot; 50,000 to 450,000 in the results contest, as SyntheticElection has them
        exec(project + "select " + (FIRST_VOTING_PROJECT - 1) + " + seq, " + c + ", " + VOTING + ", " + VOTING_CATEGORY + ", seq,"
                + " concat('Проєкт для голосування № ', seq)" + String.format(Locale.ROOT, rest, "(100000 + (seq * 7919) % 900001) * 100",
                VOTING_PROJECTS), DESCRIPTION);
        exec(project + "select " + (FIRST_WARM_UP_PROJECT - 1) + " + seq, " + c + ", " + WARM_UP + ", " + WARM_UP_CATEGORY + ", seq,"
                + " concat('Проєкт ліцею № ', seq)" + String.format(Locale.ROOT, rest, "(100000 + (seq * 7919) % 900001) * 100",
                VOTING_PROJECTS), DESCRIPTION);
        exec(project + "select " + (FIRST_RESULTS_PROJECT - 1) + " + seq, " + c + ", " + RESULTS + ", " + RESULTS_CATEGORY + ", seq,"
                + " concat('Проєкт № ', seq)" + String.format(Locale.ROOT, rest, "(50000 + (seq * 7919) % 400001) * 100",
                RESULTS_PROJECTS), DESCRIPTION);
        int past = PAST_CONTESTS * PAST_PROJECTS_EACH;
        exec(project + "select 5200000 + seq, " + c + ", " + PAST_FIRST + " + floor(seq / " + PAST_PROJECTS_EACH + "), 960001 + floor(seq / "
                + PAST_PROJECTS_EACH + "), 1 + seq % " + PAST_PROJECTS_EACH + ", concat('Минулий проєкт № ', seq)"
                + String.format(Locale.ROOT, rest.replace("from seq_1_to_%d", "from seq_0_to_%d"), "(100000 + (seq * 7919) % 900001) * 100",
                        past - 1), DESCRIPTION);
        progress(String.format(Locale.ROOT, "%d contests, %,d projects", PAST_CONTESTS + 3, past + 2 * VOTING_PROJECTS + RESULTS_PROJECTS),
                t0);
        exec("insert into budget_ballot (id, community_id, contest_id, person_key, person_id, channel, residency, cast_at) select"
                + " 3000000 + seq, " + c + ", " + RESULTS + ", concat('bench-voter-', seq), null, 'PAPER', 'VERIFIED',"
                + " utc_timestamp(6) - interval 10 day from seq_1_to_" + RESULTS_VOTERS);
        // each voter approves 1 to 5 projects; with u of a hash in [0, 1), floor(201^u) - 1 draws the project of rank r with a weight
        // of about 1 / (r + 1), as SyntheticElection does; repeats drop out
        exec("insert ignore into budget_ballot_choice (ballot_id, project_id, contest_id, category_id) select 3000000 + v.seq, "
                + (FIRST_RESULTS_PROJECT - 1) + " + floor(pow(" + (RESULTS_PROJECTS + 1) + ", crc32(concat(v.seq, '-', j.seq)) / 4294967296)), "
                + RESULTS + ", " + RESULTS_CATEGORY + " from seq_1_to_" + RESULTS_VOTERS + " v join seq_0_to_4 j on j.seq <= v.seq % 5");
        progress(String.format(Locale.ROOT, "%,d ballots of the results contest", RESULTS_VOTERS), t0);
    }

    /** The six stage dates from {@code daysFromNow} on, ten days apart. */
    private static String dates(int daysFromNow) {
        List<String> at = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int d = daysFromNow + 10 * i;
            at.add("utc_timestamp(6) " + (d < 0 ? "- interval " + -d : "+ interval " + d) + " day");
        }
        return String.join(", ", at);
    }

    /**
     * A voter casting their ballot in {@code contest} (VOTING, or WARM_UP with its projects from
     * {@code firstProject}) through the API with their own token: two projects varying with the person.
     */
    static Attempt voter(HttpClient client, URI base, long contest, long firstProject, String[] secrets, Failures failures) {
        URI ballots = base.resolve("/api/v1/communities/" + Seeding.SLUG + "/budget/contests/" + contest + "/ballots");
        return person -> {
            long first = firstProject + person % VOTING_PROJECTS;
            long second = firstProject + (person / VOTING_PROJECTS + person + 1) % VOTING_PROJECTS;
            String body = "{\"projects\": [" + first + (second == first ? "" : ", " + second) + "]}";
            HttpRequest request = HttpRequest.newBuilder(ballots).timeout(ApiSigning.TIMEOUT).header("Authorization", "Bearer "
                    + secrets[person]).header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                return Attempt.Outcome.SIGNED;
            }
            failures.note(status + " " + answer.body());
            return status == 409 ? Attempt.Outcome.ALREADY_SIGNED : status == 429 ? Attempt.Outcome.LIMITED : Attempt.Outcome.FAILED;
        };
    }

    /** The persons (as indexes of the seeded people) with a ballot in contest VOTING. */
    List<Integer> voters() throws SQLException {
        List<Integer> persons = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select person_id from budget_ballot where contest_id = " + VOTING);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                persons.add((int) (r.getLong(1) - Seeding.FIRST_PERSON));
            }
        }
        return persons;
    }

    /** The results JSON of contest RESULTS and how long it took (the first request computes both rules). */
    record Results(int status, long millis, int winners) {
    }

    static Results results(HttpClient client, URI base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/communities/" + Seeding.SLUG + "/budget/contests/" + RESULTS
                + "/results")).timeout(Duration.ofMinutes(5)).header("Accept", "application/json").GET().build();
        long began = System.nanoTime();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - began) / 1_000_000;
        // "winner":true once per winning project under the contest's rule
        int winners = answer.body().split("\"winner\":true", -1).length - 1;
        return new Results(answer.statusCode(), millis, winners);
    }

    private void exec(String sql, String... parameters) throws SQLException {
        SeedSql.exec(db, sql, parameters);
    }

    private static void progress(String what, long t0) {
        SeedSql.progress("budget", what, t0);
    }

    private static final String ABOUT = "Громада виділяє кошти на ідеї мешканців: подайте проєкт, зберіть підтримку, а після перевірки"
            + " голосуйте за ті, що вам до вподоби.";
    private static final String DESCRIPTION = "Облаштувати сквер біля школи: лавки, освітлення, тінь і доріжки для мешканців усіх віків,"
            + " з доглядом за зеленню у перші два роки.";
}
