package ua.hromada.it.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.CabinetClient;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.NationalIdentifiers;
import ua.hromada.it.support.TestDatabase;

/**
 * Bulk invalidation of signatures through the console, over HTTP against the real server: a
 * moderator counts what a rule picks, removes it with a reason, and the job marks the signatures
 * in batches from the tally timer. While it runs the petition cannot reach its threshold; a
 * cancellation keeps what was removed and settles the petition; the count, the public page, the
 * API, open data, the signers' notices and the audit all say what happened.
 */
class SignatureRemovalIT {
    private static final String SLUG = "removals";
    private static final Pattern BUTTON = Pattern.compile("name=\"(history:[^\"]*:cancel)\"");
    private static final String REASON = "Підписи з однієї мережі за десять хвилин";
    private static final int STRONG = 200;
    private static final int BASIC = 8_500; // five batches of 2,000: time to watch it run
    private static long community;
    private static String moderator;

    @BeforeAll
    static void aCommunityWithAModerator() throws Exception {
        community = TestDatabase.communityWith(SLUG, "Громада вилучень", "Removals Community", "petitions");
        moderator = identifier();
        TestDatabase.personWithRole(moderator, "Марта Модераторка", community, "LOCAL_MODERATOR");
    }

    @Test
    void aModeratorRemovesByRuleInBatchesAndCancelsAndEveryoneSeesWhy() throws Exception {
        long author = TestDatabase.personWithRole(identifier(), "Автор Петиції", community, "RESIDENT");
        long petition = TestDatabase.collectingPetition(community, author, "Петиція під атакою ботів");
        TestDatabase.execute("update petition set rule_threshold = 100000 where id = ?", petition);
        TestDatabase.signers(petition, community, STRONG, "Справжній Підписант", "STRONG", "VERIFIED");
        TestDatabase.signers(petition, community, BASIC, "Бот Підписант", "BASIC", "NONE");
        TestDatabase.countWithin(20, STRONG + BASIC, "select signature_count from petition where id = ?", petition);

        CabinetClient official = new CabinetClient(moderator, "Марта Модераторка");
        String page = "/" + SLUG + "/admin/petitions/" + petition + "/removals";
        HttpResponse<String> form = official.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(plain(form.body())).contains("Вилучення підписів", "Враховано підписів: " + (STRONG + BASIC));

        HttpResponse<String> empty = official.submit(page, form, "rule", "rule:count", Map.of());
        assertThat(empty.body()).as("a rule needs a condition").contains("Оберіть хоча б одну умову правила");
        HttpResponse<String> counted = official.submit(page, empty, "rule", "rule:count", Map.of("rule:strength", "BASIC"));
        assertThat(plain(counted.body())).contains("Правило охоплює підписів: " + BASIC);
        HttpResponse<String> markup = official.submit(page, counted, "rule", "rule:remove",
                Map.of("rule:strength", "BASIC", "rule:reason", "<b>боти</b>"));
        assertThat(markup.body()).contains("без розмітки");
        assertThat(TestDatabase.count("select count(*) from signature_removal where petition_id = ?", petition)).isZero();
        HttpResponse<String> started = official.submit(page, markup, "rule", "rule:remove",
                Map.of("rule:strength", "BASIC", "rule:reason", REASON));
        assertThat(plain(started.body())).contains("Вилучення розпочато; підписів: " + BASIC);

        // the first batch: the threshold is lowered below what is still counted, yet the petition waits
        TestDatabase.countWithin(20, 1, "select count(*) from signature_removal where petition_id = ? and removed >= 2000", petition);
        TestDatabase.execute("update petition set rule_threshold = 100 where id = ?", petition);
        TestDatabase.countWithin(20, 1, "select count(*) from signature_removal where petition_id = ? and removed >= 4000", petition);
        assertThat(TestDatabase.count("select count(*) from petition where id = ? and status = 'COLLECTING'", petition))
                .as("no threshold while a removal runs").isEqualTo(1);

        HttpResponse<String> running = official.get(page);
        assertThat(running.body()).contains("Триває", "Оновити стан");
        HttpResponse<String> cancelled = official.submit(page, running, "history", CabinetClient.find(BUTTON, running.body()), Map.of());
        assertThat(cancelled.body()).contains("Вилучення скасовано", "Скасовано");
        long removed = TestDatabase.count("select removed from signature_removal where petition_id = ? and status = 'CANCELLED'", petition);
        assertThat(removed).isBetween(4000L, (long) BASIC - 1);
        Thread.sleep(2_500); // a tick of the timer: a cancelled removal moves no further
        assertThat(TestDatabase.count("select removed from signature_removal where petition_id = ?", petition)).isEqualTo(removed);
        assertThat(TestDatabase.count("select count(*) from signature where petition_id = ? and removal_id is not null", petition))
                .isEqualTo(removed);
        assertThat(TestDatabase.count("select signature_count from petition where id = ?", petition)).isEqualTo(STRONG + BASIC - removed);
        assertThat(TestDatabase.count("select count(*) from petition where id = ? and status = 'UNDER_CONSIDERATION'", petition))
                .as("settled when the removal stopped").isEqualTo(1);

        // everyone sees it: the page, the API, open data; the signers are told; it is audited
        HttpResponse<String> publicPage = Http.get("/" + SLUG + "/petitions/" + petition);
        assertThat(plain(publicPage.body())).contains("Вилучені підписи", "Вилучено підписів: " + removed, REASON);
        assertThat(Http.get("/api/v1/communities/" + SLUG + "/petitions/" + petition).body())
                .contains("\"signaturesRemoved\":" + removed, "\"reason\":\"" + REASON + "\"", "\"status\":\"CANCELLED\"");
        assertThat(Http.get("/api/v1/communities/" + SLUG + "/open-data/petitions").body()).contains("\"signaturesRemoved\":" + removed);
        HttpResponse<String> csv = Http.get("/api/v1/communities/" + SLUG + "/open-data/petitions.csv");
        assertThat(csv.body()).contains("signatures_removed,removals").contains(REASON);
        assertThat(TestDatabase.count("select count(*) from notice n join signature s on s.person_id = n.person_id"
                + " where s.petition_id = ? and s.removal_id is not null", petition)).isEqualTo(removed);
        assertThat(TestDatabase.count("select count(*) from audit_entry where object_id = ? and action in"
                + " ('petition.signatures.remove', 'petition.signatures.cancel') and object_type = 'petition'",
                String.valueOf(petition))).isEqualTo(2);

        // a removed signer cannot sign again (the row keeps the unique key) and is told why on the page
        assertThat(TestDatabase.count("select count(*) from signature where petition_id = ? and strength = 'BASIC'", petition))
                .isEqualTo(BASIC);
    }

    @Test
    void aRemovalThatEndsTakesOnlyWhatTheRulePicksFromTheCountAndTheList() throws Exception {
        long author = TestDatabase.personWithRole(identifier(), "Авторка Другої", community, "RESIDENT");
        long petition = TestDatabase.collectingPetition(community, author, "Петиція з кількома ботами");
        TestDatabase.execute("update petition set rule_threshold = 1000 where id = ?", petition);
        TestDatabase.signers(petition, community, 20, "Мешканка", "STRONG", "VERIFIED");
        TestDatabase.signers(petition, community, 15, "Скрипт", "BASIC", "NONE");
        TestDatabase.signers(petition, community, 5, "Гість", "BASIC", "VERIFIED");
        CabinetClient official = new CabinetClient(moderator, "Марта Модераторка");
        String page = "/" + SLUG + "/admin/petitions/" + petition + "/removals";
        HttpResponse<String> counted = official.submit(page, official.get(page), "rule", "rule:count",
                Map.of("rule:residency", "NONE", "rule:strength", "BASIC"));
        assertThat(plain(counted.body())).contains("Правило охоплює підписів: 15");
        official.submit(page, counted, "rule", "rule:remove", Map.of("rule:residency", "NONE", "rule:strength", "BASIC",
                "rule:reason", "Скрипт із однієї адреси"));
        TestDatabase.countWithin(20, 1, "select count(*) from signature_removal where petition_id = ? and status = 'DONE'", petition);
        assertThat(TestDatabase.count("select removed from signature_removal where petition_id = ?", petition)).isEqualTo(15);
        TestDatabase.countWithin(20, 25, "select signature_count from petition where id = ?", petition);
        assertThat(official.get(page).body()).contains("Завершено", "15 з 15");
        String list = Http.get("/api/v1/communities/" + SLUG + "/petitions/" + petition + "/signatures?limit=100").body();
        assertThat(list).contains("Мешканка 1", "Гість 1").doesNotContain("Скрипт");
    }

    /** A page's text with numbers as digits only ("8 700" is how Ukrainian groups them). */
    private static String plain(String page) {
        return page.replaceAll("(\\d)[\\u00a0\\u202f ](?=\\d{3})", "$1");
    }

    private static String identifier() {
        return NationalIdentifiers.random();
    }
}
