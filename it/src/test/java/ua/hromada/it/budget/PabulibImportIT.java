package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.PabulibFile;
import ua.hromada.budget.PabulibImport;
import ua.hromada.budget.SelectionRule;
import ua.hromada.budget.VoteChannel;
import ua.hromada.budget.Voting;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.InContainer;

/**
 * Pabulib files through the real beans: a file becomes a past contest in its results stage with
 * the file's project numbers, exact costs and votes as paper ballots, and its results by each rule
 * are what the rules compute on the file itself; a faulty file (or one with sub-kopeck amounts)
 * makes nothing; residents are refused.
 */
@ExtendWith(ArquillianExtension.class)
class PabulibImportIT {
    private static final String FILE = """
            META
            key;value
            description;Тестовий конкурс
            budget;1000,50
            PROJECTS
            project_id;cost;name
            24;600.25;Сквер
            P0076;400,25;Велодоріжка
            3;500;Ліхтарі
            VOTES
            voter_id;vote
            1;24,P0076
            2;24
            3;3,P0076
            4;3
            5;P0076
            """;

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("pabulib-import-it", PabulibImportIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private PabulibImport imports;
    private long moderator;

    @BeforeEach
    void world() {
        world = new BudgetWorld("pabulib");
        imports = InContainer.bean(PabulibImport.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
    }

    @Test
    void aFileBecomesAPastContestWhoseResultsAreTheRulesOnTheFile() {
        for (SelectionRule rule : SelectionRule.values()) {
            PabulibImport.Imported imported = world.as(moderator, () -> imports.importFile(new BufferedReader(new StringReader(FILE)), "",
                    rule));
            assertEquals(3, imported.projects());
            assertEquals(5, imported.ballots());
            assertEquals(ContestStage.RESULTS, world.in(Actor.ANONYMOUS, () -> world.reading.view(imported.contestId())).stage());
            assertEquals("Тестовий конкурс", world.in(Actor.ANONYMOUS, () -> world.reading.view(imported.contestId())).title());
            assertEquals(100_050L, world.in(Actor.ANONYMOUS, () -> world.reading.view(imported.contestId())).totalBudget(), "kept to the kopeck");
            List<ContestResults.CategoryResult> results = world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class)
                    .of(imported.contestId()));
            List<String> winners = results.get(0).lines().stream().filter(ContestResults.Line::winner).map(l -> l.project().number())
                    .toList();
            List<String> expected = PabulibFile.read(new BufferedReader(new StringReader(FILE))).election().select(rule).numbers();
            assertEquals(expected, winners, rule.name());
            if (rule == SelectionRule.EQUAL_SHARES) {
                ContestResults.Line first = results.get(0).lines().get(0);
                assertTrue(first.winner() && first.shareKopecks() != null && first.shareKopecks() * first.approvals() >= first.project().cost()
                        - first.approvals(), "each supporter's share, to the kopeck, covers the cost: " + first);
            }
            assertEquals(5L, world.in(Actor.ANONYMOUS, () -> InContainer.bean(Voting.class).channels(imported.contestId()))
                    .get(VoteChannel.PAPER));
        }
    }

    @Test
    void aClosedContestsCategoryExportsAsAFileThatImportsToTheSameResults() throws Exception {
        PabulibImport.Imported imported = world.as(moderator, () -> imports.importFile(new BufferedReader(new StringReader(FILE)), "",
                SelectionRule.EQUAL_SHARES));
        long category = InContainer.count("select id from budget_category where contest_id = ?", imported.contestId());
        String path = "/api/v1/communities/" + world.slug + "/budget/contests/" + imported.contestId() + "/pabulib?category=";
        java.net.http.HttpResponse<String> exported = ua.hromada.it.support.Http.get(InContainer.baseUrl(), path + category, "uk");
        assertEquals(200, exported.statusCode(), exported.body());
        assertTrue(exported.body().contains("budget;1000.5") && exported.body().contains("P0076;400.25;3;Велодоріжка;"), exported.body());
        assertEquals(400, ua.hromada.it.support.Http.get(InContainer.baseUrl(), path + "zz", "uk").statusCode());
        PabulibImport.Imported again = world.as(moderator, () -> imports.importFile(new BufferedReader(new StringReader(exported.body())), "",
                SelectionRule.EQUAL_SHARES));
        assertEquals(winners(imported.contestId()), winners(again.contestId()), "the round trip chooses the same");
    }

    private List<String> winners(long contest) {
        return world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class).of(contest)).get(0).lines().stream()
                .filter(ContestResults.Line::winner).map(l -> l.project().number()).toList();
    }

    @Test
    void aFaultyFileMakesNothingAndResidentsAreRefused() {
        long before = InContainer.count("select count(*) from budget_contest where community_id = ?", world.community);
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> world.as(moderator, () -> imports.importFile(
                new BufferedReader(new StringReader(FILE.replace("5;P0076", "5;P9999"))), "Битий файл", SelectionRule.BY_VOTES)));
        assertEquals("budget.pabulib.unknown-project", unknown.messageKey());
        assertEquals(16, unknown.arguments().get(0), "the line");
        assertRefused(InvalidInputException.class, "budget.pabulib.too-precise", () -> world.as(moderator, () -> imports.importFile(
                new BufferedReader(new StringReader(FILE.replace("600.25", "600.255"))), "Надто точні суми", SelectionRule.BY_VOTES)));
        assertEquals(before, InContainer.count("select count(*) from budget_contest where community_id = ?", world.community));
        long resident = world.person("Олег Мешканець", Role.RESIDENT);
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> imports.importFile(new BufferedReader(new StringReader(FILE)),
                "", SelectionRule.BY_VOTES)));
    }

    @Test
    void theDemoFileOf150VotersImports() {
        PabulibImport.Imported imported = world.as(moderator, () -> imports.importFile(new BufferedReader(new InputStreamReader(
                PabulibImport.class.getResourceAsStream("/demo/budget-irpin-2025.pb"), StandardCharsets.UTF_8)), "", SelectionRule.EQUAL_SHARES));
        assertEquals(150, imported.ballots());
        assertTrue(world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class).of(imported.contestId())).get(0).lines().stream()
                .anyMatch(ContestResults.Line::winner));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
