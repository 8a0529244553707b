package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.BudgetImports;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.ImportRun;
import ua.hromada.budget.PabulibFile;
import ua.hromada.budget.PabulibImport;
import ua.hromada.budget.PaperBallots;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.NationalIdentifiers;

/**
 * Imports in the background through the real beans: a 20,000-voter pabulib file reports a
 * progress that only grows and ends at 100 with the contest made; a file of paper ballots with one
 * bad line stores nothing and names the line, and the fixed file then imports every ballot once;
 * only the moderator who started a run, in its community, reads it.
 */
@ExtendWith(ArquillianExtension.class)
class BackgroundImportsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("background-imports-it", BackgroundImportsIT.class, BudgetWorld.class,
                SyntheticPabulib.class);
    }

    private BudgetWorld world;
    private BudgetImports imports;
    private long moderator;

    @BeforeEach
    void world() {
        world = new BudgetWorld("imports");
        imports = InContainer.bean(BudgetImports.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
    }

    @Test
    void aBigPabulibFileShowsGrowingProgressAndEndsWithTheContest() throws Exception {
        String file = SyntheticPabulib.file(20_000, 40);
        String run = world.as(moderator, () -> imports.startPabulib(file.getBytes(StandardCharsets.UTF_8), "Великий конкурс",
                SelectionRule.EQUAL_SHARES));
        List<ImportRun.Seen> seen = watch(moderator, run);
        List<Integer> percents = seen.stream().map(ImportRun.Seen::percent).toList();
        for (int i = 1; i < percents.size(); i++) {
            assertTrue(percents.get(i) >= percents.get(i - 1), "progress only grows: " + percents);
        }
        assertTrue(percents.get(0) < 100, "seen while running: " + percents);
        ImportRun.Seen last = seen.get(seen.size() - 1);
        assertEquals(ImportRun.Phase.DONE, last.phase(), String.valueOf(last.failure()));
        assertEquals(100, last.percent());
        assertEquals(20_000, last.ballotsStored());
        PabulibImport.Imported made = assertInstanceOf(PabulibImport.Imported.class, last.result());
        assertEquals(20_000, made.ballots());
        assertEquals(20_000, InContainer.count("select count(*) from budget_ballot where contest_id = ?", made.contestId()));
        List<String> winners = world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class).of(made.contestId())).get(0).lines()
                .stream().filter(ContestResults.Line::winner).map(l -> l.project().number()).toList();
        assertEquals(PabulibFile.read(new BufferedReader(new StringReader(file))).election().select(SelectionRule.EQUAL_SHARES).numbers(),
                winners);
        assertEquals(1, InContainer.auditOf("budget-contest", made.contestId()).stream()
                .filter(e -> e.action().equals("budget.contest.import")).count());
    }

    @Test
    void aPaperFileWithOneBadLineStoresNothingAndItsFixImportsEveryBallotOnce() throws Exception {
        long resident = world.person("Олег Мешканець", Role.RESIDENT);
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        List<String> lines = new ArrayList<>(List.of("identifier;projects"));
        for (int i = 0; i < 300; i++) {
            lines.add(taxNumber() + ";" + (1 + i % 4));
        }
        lines.set(151, taxNumber() + ";99");
        PaperBallots.Report refused = paper(ballot, String.join("\n", lines));
        assertEquals(0, refused.imported());
        assertEquals(List.of(152L), refused.refusals().stream().map(PaperBallots.Refusal::line).toList());
        assertEquals("budget.paper.unknown-project", refused.refusals().get(0).messageKey());
        assertEquals(0, InContainer.count("select count(*) from budget_ballot where contest_id = ?", ballot.contest()), "nothing stored");

        lines.set(151, taxNumber() + ";2");
        assertEquals(300, paper(ballot, String.join("\n", lines)).imported());
        assertEquals(300, InContainer.count("select count(*) from budget_ballot where contest_id = ?", ballot.contest()));
        PaperBallots.Report again = paper(ballot, String.join("\n", lines));
        assertEquals(0, again.imported(), "the same file again counts nothing twice");
        assertEquals(300, InContainer.count("select count(*) from budget_ballot where contest_id = ?", ballot.contest()));
    }

    @Test
    void onlyTheModeratorWhoStartedARunReadsItInItsCommunity() throws Exception {
        String run = world.as(moderator, () -> imports.startPabulib(SyntheticPabulib.file(50, 3).getBytes(StandardCharsets.UTF_8), "",
                SelectionRule.BY_VOTES));
        long colleague = world.person("Інша Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> world.as(colleague, () -> imports.progress(run)));
        BudgetWorld elsewhere = new BudgetWorld("imports-b");
        long stranger = elsewhere.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> imports.progress(run)));
        assertThrows(NotFoundException.class, () -> elsewhere.as(moderator, () -> imports.progress(run)), "not in another community");
        long resident = world.person("Олег Мешканець", Role.RESIDENT);
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> imports.startPabulib(new byte[] {'x'}, "",
                SelectionRule.BY_VOTES)));
        List<ImportRun.Seen> seen = watch(moderator, run);
        assertEquals(ImportRun.Phase.DONE, seen.get(seen.size() - 1).phase());
        assertNull(world.as(moderator, () -> imports.progress(run)).failure(), "still readable by its moderator once over");
    }

    private PaperBallots.Report paper(BudgetWorld.Ballot ballot, String text) throws InterruptedException {
        String run = world.as(moderator, () -> imports.startPaper(ballot.contest(), text.getBytes(StandardCharsets.UTF_8)));
        List<ImportRun.Seen> seen = watch(moderator, run);
        ImportRun.Seen last = seen.get(seen.size() - 1);
        assertEquals(ImportRun.Phase.DONE, last.phase(), String.valueOf(last.failure()));
        return assertInstanceOf(PaperBallots.Report.class, last.result());
    }

    /** Reads the run every 20 ms until it is over (two minutes at most). */
    private List<ImportRun.Seen> watch(long person, String run) throws InterruptedException {
        List<ImportRun.Seen> seen = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            ImportRun.Seen now = world.as(person, () -> imports.progress(run));
            seen.add(now);
            if (now.over()) {
                return seen;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not over in two minutes: " + seen.get(seen.size() - 1));
    }

    private static String taxNumber() {
        return NationalIdentifiers.random();
    }
}
