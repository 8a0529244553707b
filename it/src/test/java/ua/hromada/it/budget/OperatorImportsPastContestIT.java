package ua.hromada.it.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.PabulibImport;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;
import ua.hromada.tools.BudgetImportCommand;

/**
 * The operator's command-line import, its client run in this test's own process against the test
 * server's management interface (local authentication, no password): first a moderator imports a
 * file through the console's bean, then the command imports the same file and prints the same
 * winners, as the JSON the public results endpoint answers, audited as the operator; an unknown
 * community, a refused file and a missing file exit non-zero with the reason on stderr.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorImportsPastContestIT {
    private static final String SLUG = "operator-import";
    private static final Pattern CONTEST = Pattern.compile("\"contest\":(\\d+)");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("operator-import-it", OperatorImportsPastContestIT.class, SyntheticPabulib.class, BudgetWorld.class);
    }

    @Test
    @Order(1)
    void aModeratorImportsTheFileThroughTheConsolesBean() {
        long community = Acting.as(BudgetWorld.ADMIN, () -> InContainer.bean(CommunityDirectory.class).create(SLUG, "Громада оператора",
                "Operator's community", ZoneId.of("Europe/Kyiv"), Set.of("budget"))).id();
        String id = UUID.randomUUID().toString();
        People people = InContainer.bean(People.class);
        long moderator = people.signIn(id, "Марта Модераторка", "idgov", "sub-" + id).id();
        Acting.as(BudgetWorld.ADMIN, () -> InContainer.bean(RoleGrants.class).grant(moderator, community, Role.LOCAL_MODERATOR, null));
        PabulibImport.Imported made = Acting.as(people.actorOf(moderator), () -> CurrentCommunity.callAs(community, () -> InContainer
                .bean(PabulibImport.class).importFile(new BufferedReader(new StringReader(SyntheticPabulib.file(3000, 15))), "Через консоль",
                        SelectionRule.EQUAL_SHARES)));
        assertEquals(3000, made.ballots());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCommandImportsTheSameFileAndPrintsTheSameWinnersAsTheResultsEndpoint() throws Exception {
        long console = TestDatabase.count("select min(c.id) from budget_contest c join community m on m.id = c.community_id where m.slug = ?",
                SLUG);
        Path file = Files.createTempFile("contest", ".pb");
        Files.writeString(file, SyntheticPabulib.file(3000, 15), StandardCharsets.UTF_8);
        Run run = command(file.toString(), "--community", SLUG, "--rule", "EQUAL_SHARES", "--title", "З командного рядка");
        assertEquals(0, run.status(), run.err());
        Matcher contest = CONTEST.matcher(run.out());
        assertThat(contest.find()).as(run.out()).isTrue();
        long imported = Long.parseLong(contest.group(1));
        assertThat(imported).isNotEqualTo(console);
        assertEquals(results(imported), run.out().strip(), "the public endpoint's JSON");
        assertEquals(winners(results(console)), winners(run.out()), "the same winners as the console's import");
        assertThat(winners(run.out())).isNotEmpty();
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'budget.contest.import' and object_id = ?"
                + " and actor = 'operator:command-line via management interface'", String.valueOf(imported)));
    }

    @Test
    @Order(3)
    @RunAsClient
    void anUnknownCommunityARefusedFileAndAMissingFileExitNonZeroWithTheReason() throws Exception {
        Path file = Files.createTempFile("contest", ".pb");
        Files.writeString(file, SyntheticPabulib.file(10, 3), StandardCharsets.UTF_8);
        Run unknown = command(file.toString(), "--community", "no-such-community");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("Громаду «no-such-community» не знайдено.");
        assertThat(unknown.out()).isEmpty();

        Path broken = Files.createTempFile("broken", ".pb");
        Files.writeString(broken, "META\nkey;value\nbudget;1000\nPROJECTS\nproject_id;cost\n1;-5\nVOTES\nvoter_id;vote\n", StandardCharsets.UTF_8);
        Run refused = command(broken.toString(), "--community", SLUG, "--rule", "VOTES", "--language", "en");
        assertThat(refused.status()).isNotZero();
        assertThat(refused.err()).contains("Line 6:");

        Run missing = command("/nonexistent/contest.pb", "--community", SLUG);
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).contains("/nonexistent/contest.pb");
        assertEquals(2, TestDatabase.count("select count(*) from budget_contest c join community m on m.id = c.community_id where m.slug = ?",
                SLUG), "nothing more was made");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--management", "127.0.0.1:" + ItSettings.managementPort())).toArray(String[]::new);
        int status = BudgetImportCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String results(long contest) {
        HttpResponse<String> answer = Http.get(ItSettings.baseUrl(), "/api/v1/communities/" + SLUG + "/budget/contests/" + contest + "/results",
                "uk");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** The contest's own winners in the results JSON: the first list of each category's winners (the contest's rule comes first). */
    private static List<String> winners(String json) {
        Matcher rule = Pattern.compile("\"EQUAL_SHARES\":\\[([^\\]]*)\\]").matcher(json);
        assertThat(rule.find()).as(json).isTrue();
        return List.of(rule.group(1).replace("\"", "").split(","));
    }
}
