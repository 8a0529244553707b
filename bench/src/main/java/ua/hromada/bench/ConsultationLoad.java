package ua.hromada.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Consultations in the bench community (issue 12): data of the size the platform it replaces
 * holds (765 consultations, 2,711 polls answered, 292 regulation discussions of six sections), all
 * in the one community whose pages are timed (its list the longest), a consultation with 2,000
 * comments, a poll of every question type with 10,000 responses, and a second such poll that 200
 * respondents answer through the API at once. Seeded with the sequence engine, set-based.
 */
final class ConsultationLoad {
    static final long PAGE = 800_001;
    static final long RESULTS = 800_002;
    static final long SURGE = 800_003;
    private static final long OTHERS_FIRST = 810_001;
    private static final int QUESTIONS_OTHER = 763;
    private static final int POLLS_OTHER = 2_709;
    private static final int DISCUSSIONS_OTHER = 292;
    private static final int SECTIONS_EACH = 6;
    private static final int RESPONSES_EACH = 20;
    private static final int ANSWERS = 1_500;
    private static final int REPLIES = 500;
    /** Responses to the results poll (fewer when the run seeded fewer people); the warm-up's respondents come after them. */
    static final int RESULTS_RESPONSES = 10_000;

    private final Connection db;
    private final int people;

    ConsultationLoad(Connection db, int people) {
        this.db = db;
        this.people = people;
    }

    /** The question ids of poll {@code poll} (RESULTS or SURGE): single, multiple (1–2), ranking, scoring (1–5). */
    static long question(long poll, int i) {
        return 700_000 + (poll - PAGE) * 10 + i;
    }

    /** Option {@code k} (0-based) of question {@code i} of poll {@code poll}; three options each but the scoring's two. */
    static long option(long poll, int i, int k) {
        return 600_000 + (poll - PAGE) * 100 + i * 10 + k;
    }

    void seed() throws SQLException {
        long t0 = System.nanoTime();
        long c = Seeding.COMMUNITY;
        exec("insert into community_tool (community_id, tool) values (" + c + ", 'consultations')");
        String columns = "insert into consultation (id, community_id, kind, title, description, category, status, audience, sign_in,"
                + " results_shown, starts_at, ends_at, created_by, created_at, updated_at, published_at, closed_at) ";
        String open = ", 'PUBLISHED', 'RESIDENTS', 'STRONG', 'LIVE', utc_timestamp(6) - interval 2 day, utc_timestamp(6) + interval 20 day,"
                + " 'Бенч Модератор', utc_timestamp(6) - interval 3 day, utc_timestamp(6) - interval 3 day, utc_timestamp(6) - interval 2 day,"
                + " null";
        exec(columns + "values (" + PAGE + ", " + c + ", 'QUESTION', 'Яким має бути сквер біля ставка?', ?, 'URBAN_PLANNING'" + open
                + "), (" + RESULTS + ", " + c + ", 'POLL', 'Парк над річкою: результати', ?, 'ENVIRONMENT'" + open + "), (" + SURGE
                + ", " + c + ", 'POLL', 'Парк над річкою: опитування', ?, 'ENVIRONMENT'" + open + ")", TEXT, TEXT, TEXT);
        // the rest of the platform's history: closed consultations and polls, newest first by id
        exec(columns + "select " + (OTHERS_FIRST - 1) + " + seq, " + c + ", if(seq <= " + QUESTIONS_OTHER + ", 'QUESTION', 'POLL'),"
                + " concat('Обговорення № ', seq), ?, 'OTHER', 'CLOSED', 'RESIDENTS', 'STRONG', 'LIVE',"
                + " utc_timestamp(6) - interval (seq + 30) day, utc_timestamp(6) - interval seq day, 'Бенч Модератор',"
                + " utc_timestamp(6) - interval (seq + 31) day, utc_timestamp(6) - interval seq day,"
                + " utc_timestamp(6) - interval (seq + 30) day, utc_timestamp(6) - interval seq day from seq_1_to_"
                + (QUESTIONS_OTHER + POLLS_OTHER), TEXT);
        // and the regulation discussions: closed, each act in six sections
        long firstDiscussion = OTHERS_FIRST + QUESTIONS_OTHER + POLLS_OTHER;
        exec(columns.replace("closed_at) ", "closed_at, act_version) ") + "select " + (firstDiscussion - 1) + " + seq, " + c
                + ", 'DISCUSSION', concat('Проєкт рішення № ', seq), ?, 'GOVERNANCE', 'CLOSED', 'RESIDENTS', 'STRONG', 'LIVE',"
                + " utc_timestamp(6) - interval (seq + 30) day, utc_timestamp(6) - interval seq day, 'Бенч Модератор',"
                + " utc_timestamp(6) - interval (seq + 31) day, utc_timestamp(6) - interval seq day,"
                + " utc_timestamp(6) - interval (seq + 30) day, utc_timestamp(6) - interval seq day, 1 from seq_1_to_" + DISCUSSIONS_OTHER,
                TEXT);
        exec("insert into regulation_section (community_id, consultation_id, version, position, section_key, title, text) select " + c
                + ", " + firstDiscussion + " + floor(seq / " + SECTIONS_EACH + "), 1, seq % " + SECTIONS_EACH + ", 1 + seq % " + SECTIONS_EACH
                + ", concat('Стаття ', 1 + seq % " + SECTIONS_EACH + "), ? from seq_0_to_" + (DISCUSSIONS_OTHER * SECTIONS_EACH - 1), COMMENT);
        exec("insert into regulation_version (community_id, consultation_id, version, published_at, published_by) select " + c + ", "
                + (firstDiscussion - 1) + " + seq, 1, utc_timestamp(6) - interval (seq + 30) day, 'Бенч Модератор' from seq_1_to_"
                + DISCUSSIONS_OTHER);
        progress("3,768 consultations, polls and discussions", t0);
        comments(c);
        progress("2,000 comments on one consultation", t0);
        for (long poll : new long[] {RESULTS, SURGE}) {
            questions(poll, c);
        }
        results(c);
        progress(String.format(Locale.ROOT, "%,d responses to the results poll", Math.min(RESULTS_RESPONSES, people)), t0);
        others(c);
        progress(String.format(Locale.ROOT, "%,d responses to the other polls", POLLS_OTHER * RESPONSES_EACH), t0);
    }

    private void comments(long c) throws SQLException {
        String into = "insert into consultation_comment (id, community_id, consultation_id, parent_id, author_id, author_name, text,"
                + " created_at, support_count) ";
        exec(into + "select 9000000 + seq, " + c + ", " + PAGE + ", null, " + Seeding.FIRST_PERSON + " + seq % " + people
                + ", concat('Мешканець ', seq), concat(?, ' (', seq, ')'), utc_timestamp(6) - interval (3000 - seq) minute, seq % 7"
                + " from seq_1_to_" + ANSWERS, COMMENT);
        exec(into + "select 9100000 + seq, " + c + ", " + PAGE + ", 9000000 + seq, " + Seeding.FIRST_PERSON + " + (seq + 7) % "
                + people + ", concat('Мешканка ', seq), concat('Підтримую, і ще лавки в тіні (', seq, ')'),"
                + " utc_timestamp(6) - interval (1000 - seq) minute, 0 from seq_1_to_" + REPLIES);
    }

    private void questions(long poll, long c) throws SQLException {
        String[][] options = {{"Щодня", "Щотижня", "Рідко"}, {"Лавки", "Світло", "Туалет"}, {"Береги", "Міст", "Дерева"},
            {"Чистота", "Безпека"}};
        String[] types = {"SINGLE", "MULTIPLE", "RANKING", "SCORING"};
        String[] texts = {"Як часто ви буваєте в парку?", "Що потрібно парку? Оберіть до двох.", "Розставте роботи за черговістю",
            "Оцініть стан парку від 1 до 5"};
        int[][] limits = {{1, 1, 0}, {1, 2, 0}, {3, 3, 0}, {2, 2, 5}};
        for (int i = 0; i < 4; i++) {
            exec("insert into poll_question (id, community_id, consultation_id, position, text, type, min_choices, max_choices,"
                    + " max_score, other_allowed) values (" + question(poll, i) + ", " + c + ", " + poll + ", " + i + ", ?, '" + types[i]
                    + "', " + limits[i][0] + ", " + limits[i][1] + ", " + limits[i][2] + ", false)", texts[i]);
            for (int k = 0; k < options[i].length; k++) {
                exec("insert into poll_option (id, community_id, question_id, position, label) values (" + option(poll, i, k) + ", " + c
                        + ", " + question(poll, i) + ", " + k + ", ?)", options[i][k]);
            }
        }
    }

    /** The results poll's responses: every person answers all four questions, spread over the options. */
    private void results(long c) throws SQLException {
        int n = Math.min(RESULTS_RESPONSES, people);
        exec("insert into poll_response (id, community_id, consultation_id, person_id, answered_at) select 5000000 + seq, " + c + ", "
                + RESULTS + ", " + (Seeding.FIRST_PERSON - 1) + " + seq, utc_timestamp(6) - interval seq second from seq_1_to_" + n);
        String into = "insert into poll_choice (response_id, option_id, consultation_id, value) select 5000000 + seq, ";
        String from = ", " + RESULTS + ", %s from seq_1_to_" + n;
        exec(into + option(RESULTS, 0, 0) + " + seq % 3" + String.format(from, "1"));
        exec(into + option(RESULTS, 1, 0) + " + seq % 3" + String.format(from, "1"));
        exec(into + option(RESULTS, 1, 0) + " + (seq + 1) % 3" + String.format(from, "1") + " where seq % 2 = 0");
        // six orders of the three works, one per seq % 6: option k's rank
        for (int k = 0; k < 3; k++) {
            exec(into + option(RESULTS, 2, k) + String.format(from, "1 + if(seq % 6 >= 3, (seq % 3 + 3 - " + k + ") % 3, (seq % 3 + "
                    + k + ") % 3)"));
        }
        exec(into + option(RESULTS, 3, 0) + String.format(from, "1 + seq % 5"));
        exec(into + option(RESULTS, 3, 1) + String.format(from, "1 + (seq * 7) % 5"));
    }

    /** Each closed poll of the history: one single-choice question of three options, twenty responses. */
    private void others(long c) throws SQLException {
        long firstPoll = OTHERS_FIRST + QUESTIONS_OTHER;
        exec("insert into poll_question (id, community_id, consultation_id, position, text, type, min_choices, max_choices, max_score,"
                + " other_allowed) select 1000000 + seq, " + c + ", " + (firstPoll - 1) + " + seq, 0, 'Чи підтримуєте ви пропозицію?',"
                + " 'SINGLE', 1, 1, 0, false from seq_1_to_" + POLLS_OTHER);
        exec("insert into poll_option (id, community_id, question_id, position, label) select 2000000 + seq, " + c + ", 1000000 + 1 +"
                + " floor(seq / 3), seq % 3, elt(1 + seq % 3, 'Так', 'Ні', 'Важко сказати') from seq_0_to_" + (POLLS_OTHER * 3 - 1));
        int all = POLLS_OTHER * RESPONSES_EACH;
        exec("insert into poll_response (id, community_id, consultation_id, person_id, answered_at) select 6000000 + seq, " + c + ", "
                + firstPoll + " + floor(seq / " + RESPONSES_EACH + "), " + Seeding.FIRST_PERSON + " + seq % " + RESPONSES_EACH
                + ", utc_timestamp(6) - interval seq minute from seq_0_to_" + (all - 1));
        exec("insert into poll_choice (response_id, option_id, consultation_id, value) select 6000000 + seq, 2000000 + 3 * floor(seq / "
                + RESPONSES_EACH + ") + seq % 3, " + firstPoll + " + floor(seq / " + RESPONSES_EACH + "), 1 from seq_0_to_" + (all - 1));
    }

    /** A respondent answering poll RESULTS or SURGE through the API with their own token; the answer varies with the person. */
    static Attempt respondent(HttpClient client, URI base, long poll, String[] secrets, Failures failures) {
        URI response = base.resolve("/api/v1/communities/" + Seeding.SLUG + "/consultations/" + poll + "/response");
        return person -> {
            int[] order = {person % 3, (person + 1) % 3, (person + 2) % 3};
            String body = "{\"answers\": [{\"question\": " + question(poll, 0) + ", \"options\": [" + option(poll, 0, person % 3)
                    + "]}, {\"question\": " + question(poll, 1) + ", \"options\": [" + option(poll, 1, person % 3) + "]},"
                    + " {\"question\": " + question(poll, 2) + ", \"options\": [" + option(poll, 2, order[0]) + ", "
                    + option(poll, 2, order[1]) + ", " + option(poll, 2, order[2]) + "]}, {\"question\": " + question(poll, 3)
                    + ", \"scores\": {\"" + option(poll, 3, 0) + "\": " + (1 + person % 5) + ", \"" + option(poll, 3, 1) + "\": "
                    + (1 + (person / 5) % 5) + "}}]}";
            HttpRequest request = HttpRequest.newBuilder(response).timeout(ApiSigning.TIMEOUT)
                    .header("Authorization", "Bearer " + secrets[person]).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                return Attempt.Outcome.SIGNED;
            }
            failures.note(status + " " + answer.body());
            return status == 429 ? Attempt.Outcome.LIMITED : Attempt.Outcome.FAILED;
        };
    }

    /** The persons (as indexes of the seeded people) with a response to the surge poll. */
    List<Integer> respondents() throws SQLException {
        List<Integer> persons = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select person_id from poll_response where consultation_id = " + SURGE);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                persons.add((int) (r.getLong(1) - Seeding.FIRST_PERSON));
            }
        }
        return persons;
    }

    private void exec(String sql, String... parameters) throws SQLException {
        SeedSql.exec(db, sql, parameters);
    }

    private static void progress(String what, long t0) {
        SeedSql.progress("consultations", what, t0);
    }

    private static final String TEXT = "Громада оновлює парк і сквер біля ставка. Розкажіть, що для вас найважливіше: тінь і лавки,"
            + " освітлення, доріжки, дитячий майданчик чи місце для подій. Пропозиції врахують у технічному завданні.";
    private static final String COMMENT = "Найбільше бракує тіні: посадіть дерева вздовж доріжок і поставте лавки зі спинками,"
            + " щоб людям похилого віку було де відпочити";
}
