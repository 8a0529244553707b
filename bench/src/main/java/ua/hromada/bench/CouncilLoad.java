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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The council (issue 15) at a sitting: a council of 60 deputies, each signed in through the mock
 * provider in a session of their own, and the chair's console (a secretariat officer); a session
 * held today with 100 draft decisions on its published agenda. Every step goes through the pages
 * as a phone would (GET the page, POST its form with the view state): all 60 register at once,
 * the chair opens a roll call, the 60 vote at random moments within 10 seconds, the chair closes
 * it; then the database, the tally and the published page must hold exactly the 60 votes sent.
 */
final class CouncilLoad {
    static final int DEPUTIES = 60;
    static final int DRAFTS = 100;
    static final Duration VOTING = Duration.ofSeconds(10);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile("<option value=\"(\\d+)\"");

    private final Connection db;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<String> deputies = new ArrayList<>();
    private String secretary;
    private long session;

    CouncilLoad(Connection db, URI base) {
        this.db = db;
        this.base = base;
    }

    /** What the sitting recorded against what was sent. */
    record Sitting(int sent, int acknowledged, long rows, long matching, int tallied, String outcome, int publishedRows, List<Long> voteMillis,
            long windowMillis, int errors) {
        boolean exact() {
            return errors == 0 && acknowledged == sent && rows == sent && matching == sent && tallied == sent && publishedRows == sent;
        }

        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(voteMillis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    /** The council tool in the bench community: 60 seats, the drafts, a session held today with all of them on its published agenda. */
    void seed() throws SQLException {
        long c = Seeding.COMMUNITY;
        SeedSql.exec(db, "insert into community_tool (community_id, tool) values (" + c + ", 'council')");
        SeedSql.exec(db, "insert into community_setting (community_id, name, value) values (" + c + ", 'council.composition', '" + DEPUTIES
                + "')");
        SeedSql.exec(db, "insert into council_committee (community_id, name, created_at) values (" + c + ", 'Постійна комісія з питань"
                + " бюджету, фінансів та соціально-економічного розвитку', utc_timestamp(6))");
        SeedSql.exec(db, "insert into council_draft (community_id, number, title, initiator, committee_id, current_version, registered_at,"
                + " changed_at) select " + c + ", concat(seq, '-VIII'), concat('Про затвердження Програми розвитку громади № ', seq,"
                + " ' на 2027 рік'), 'Виконавчий комітет', (select max(id) from council_committee where community_id = " + c + "), 1,"
                + " utc_timestamp(6), utc_timestamp(6) from seq_1_to_" + DRAFTS);
        SeedSql.exec(db, "insert into council_draft_version (community_id, draft_id, number, text, created_at) select community_id, id, 1,"
                + " '1. Затвердити Програму (додається).\\n2. Фінансувати її в межах видатків бюджету громади.', utc_timestamp(6)"
                + " from council_draft where community_id = " + c);
        SeedSql.exec(db, "insert into council_session (community_id, title, starts_at, place, remote, published_at, created_at) values (" + c
                + ", 'Сесія бенчмарку', utc_timestamp(6) - interval 1 minute, null, true, utc_timestamp(6), utc_timestamp(6))");
        session = single("select max(id) from council_session where community_id = " + c);
        SeedSql.exec(db, "insert into council_agenda_item (community_id, session_id, draft_id, position) select community_id, " + session
                + ", id, row_number() over (order by id) from council_draft where community_id = " + c);
    }

    /** The 60 deputies and the secretary sign in; then they get their roles and seats as the secretariat's console would. */
    void people() throws Exception {
        long c = Seeding.COMMUNITY;
        for (int i = 1; i <= DEPUTIES; i++) {
            String name = "Бенч Депутат " + i;
            deputies.add(BrowserSignIn.session(base, name, BrowserSignIn.nationalIdentifier()));
            long person = single("select max(id) from person where full_name = '" + name + "'");
            SeedSql.exec(db, "insert into role_grant (person_id, community_id, role, granted_at, granted_by) values (" + person + ", " + c
                    + ", 'DEPUTY', utc_timestamp(6), 'bench')");
            SeedSql.exec(db, "insert into council_deputy (community_id, person_id, name, created_at) values (" + c + ", " + person + ", '"
                    + name + "', utc_timestamp(6))");
        }
        secretary = BrowserSignIn.session(base, "Бенч Секретар Ради", BrowserSignIn.nationalIdentifier());
        SeedSql.exec(db, "insert into role_grant (person_id, community_id, role, granted_at, granted_by) values ((select max(id) from person"
                + " where full_name = 'Бенч Секретар Ради'), " + c + ", 'SECRETARIAT_OFFICER', utc_timestamp(6), 'bench')");
    }

    /** The public agenda of 100 drafts. */
    String agendaPath() {
        return "/" + Seeding.SLUG + "/council/sessions/" + session;
    }

    /** The deputies' sessions, to read the agenda signed in (with their read marks). */
    List<String> deputySessions() {
        return List.copyOf(deputies);
    }

    /** Registration of all at once, the roll call opened, 60 votes within the window's first 10 s, the close, and the check. */
    Sitting sit() throws Exception {
        String seat = "/" + Seeding.SLUG + "/council/sittings/" + session;
        String console = "/" + Seeding.SLUG + "/admin/council/sittings/" + session;
        ExecutorService pool = Executors.newFixedThreadPool(DEPUTIES);
        int errors = 0;
        try {
            List<Future<Boolean>> registrations = new ArrayList<>();
            for (String deputy : deputies) {
                registrations.add(pool.submit(() -> post(deputy, seat, "sitting", Map.of("sitting:register-hall", "x"))
                        .contains("Ви зареєстровані в залі.")));
            }
            for (Future<Boolean> r : registrations) {
                errors += r.get(60, TimeUnit.SECONDS) ? 0 : 1;
            }
            String open = get(secretary, console);
            Matcher item = ITEM.matcher(open);
            if (!item.find()) {
                throw new IllegalStateException("the chair's console offers no item: " + open.length() + " bytes");
            }
            String opened = post(secretary, console, open, "open", Map.of("open:item", item.group(1), "open:majority", "COMPOSITION",
                    "open:window", "60", "open:reason", "", "open:open-vote", "x"));
            if (!opened.contains("Голосування відкрито.")) {
                throw new IllegalStateException("the chair could not open the roll call");
            }
            Map<Integer, Boolean> acknowledged = new ConcurrentHashMap<>();
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            List<Future<?>> votes = new ArrayList<>();
            for (int i = 0; i < deputies.size(); i++) {
                int at = i;
                votes.add(pool.submit(() -> {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(VOTING.toMillis() - 1_000));
                    long start = System.nanoTime();
                    String answer = post(deputies.get(at), seat, "sitting", Map.of("sitting:vote-" + choice(at).toLowerCase(Locale.ROOT), "x"));
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    acknowledged.put(at, answer.contains("Ваш голос враховано"));
                    return null;
                }));
            }
            for (Future<?> v : votes) {
                v.get(60, TimeUnit.SECONDS);
            }
            long window = (System.nanoTime() - t0) / 1_000_000;
            errors += (int) acknowledged.values().stream().filter(ok -> !ok).count();
            String closed = post(secretary, console, "sitting", Map.of("sitting:close", "x"));
            if (!closed.contains("Голосування закрито")) {
                errors++;
            }
            long rollCall = single("select max(id) from council_roll_call where session_id = " + session);
            long rows = single("select count(*) from council_deputy_vote where roll_call_id = " + rollCall);
            StringJoiner expected = new StringJoiner(" or ");
            for (int i = 0; i < deputies.size(); i++) {
                expected.add("(d.name = 'Бенч Депутат " + (i + 1) + "' and v.choice = '" + choice(i) + "')");
            }
            long matching = single("select count(*) from council_deputy_vote v join council_deputy d on d.id = v.deputy_id where"
                    + " v.roll_call_id = " + rollCall + " and (" + expected + ")");
            long tallied = single("select coalesce(votes_for + votes_against + votes_abstain, -1) from council_roll_call where id = " + rollCall);
            String outcome;
            try (PreparedStatement q = db.prepareStatement("select outcome from council_roll_call where id = " + rollCall);
                    ResultSet r = q.executeQuery()) {
                r.next();
                outcome = r.getString(1);
            }
            HttpResponse<String> published = http.send(BrowserSignIn.get(base.resolve("/" + Seeding.SLUG + "/council/votes/" + rollCall)),
                    HttpResponse.BodyHandlers.ofString());
            int publishedRows = published.statusCode() == 200 ? count(published.body(), "<th scope=\"row\">") : -1;
            return new Sitting(deputies.size(), (int) acknowledged.values().stream().filter(ok -> ok).count(), rows, matching,
                    (int) tallied, outcome, publishedRows, List.copyOf(millis), window, errors);
        } finally {
            pool.shutdownNow();
        }
    }

    // two in three for, then against, then abstain: adopted, 40 of the 31 needed
    private static String choice(int deputy) {
        return deputy % 3 == 2 ? (deputy % 2 == 0 ? "AGAINST" : "ABSTAIN") : "FOR";
    }

    private String get(String cookie, String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JSESSIONID=" + cookie)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return BrowserSignIn.expect(200, page).body();
    }

    private String post(String cookie, String path, String form, Map<String, String> fields) throws Exception {
        return post(cookie, path, get(cookie, path), form, fields);
    }

    // a JSF form as the browser sends it: the form's own marker, the view state of the page just read, the fields and the button
    private String post(String cookie, String path, String page, String form, Map<String, String> fields) throws Exception {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException(path + " has no view state");
        }
        StringJoiner body = new StringJoiner("&");
        body.add(BrowserSignIn.enc(form) + "=" + BrowserSignIn.enc(form));
        fields.forEach((k, v) -> body.add(BrowserSignIn.enc(k) + "=" + BrowserSignIn.enc(v)));
        body.add("jakarta.faces.ViewState=" + BrowserSignIn.enc(state.group(1).replace("&#58;", ":")));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return BrowserSignIn.expect(200, answer).body();
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
