package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.Schools;
import ua.hromada.budget.VoteChannel;
import ua.hromada.budget.Voting;
import ua.hromada.budget.VotingCodes;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.it.support.InContainer;

/**
 * The school participatory budget through the real beans: schools and their moderators kept by
 * the community's moderators; a school moderator keeps their own school's contest (enters and
 * reviews projects, hands out codes) and is refused at another school's; one-time codes vote once
 * even when twenty uses of one code arrive at once, only in their own school's contest, never once
 * revoked, and a reissued code votes in the lost one's place; pupils' ballots count in the school's
 * results under the code channel.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolBudgetIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("school-budget-it", SchoolBudgetIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private Schools schools;
    private VotingCodes codes;
    private long moderator;

    @BeforeEach
    void world() {
        world = new BudgetWorld("school");
        schools = InContainer.bean(Schools.class);
        codes = InContainer.bean(VotingCodes.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
    }

    @Test
    void aSchoolModeratorKeepsTheirOwnSchoolsContestOnly() {
        BudgetWorld.SchoolBallot a = world.schoolVoting(moderator, "Ліцей № 1");
        BudgetWorld.SchoolBallot b = world.schoolVoting(moderator, "Гімназія № 2");
        Contest contest = world.in(Actor.ANONYMOUS, () -> world.reading.view(a.contest()));
        assertTrue(contest.isSchools());
        assertEquals(0, contest.supportersNeeded(), "pupils have no accounts to support with: the school moderator's projects went to review");
        assertEquals(3, InContainer.count("select count(*) from budget_project where contest_id = ? and status = 'ADMITTED' and on_paper",
                a.contest()), "entered from paper and admitted by the school's own moderator");

        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(b.teacher(), () -> codes.issue(a.contest(), 5)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(b.teacher(), () -> world.submission.enterFromPaper(
                a.contest(), "Учні 5-А", BudgetWorld.project(1L, "Чужий проєкт", 200_000))));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(b.teacher(), () -> world.projects.forModerators(
                a.contest(), new ua.hromada.core.TableQuery(0, 10, null, false, null))));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(a.teacher(), () -> schools.add("Ще одна школа")));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(a.teacher(), () -> world.contests.publish(b.contest())));
        assertEquals(5, world.as(a.teacher(), () -> codes.issue(a.contest(), 5)).size());
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(a.teacher(), () -> codes.counts(b.contest())),
                "a school moderator assigned elsewhere");

        long resident = world.person("Олег Мешканець", Role.RESIDENT);
        assertRefused(InvalidInputException.class, "budget.school.not-moderator", () -> world.as(moderator, () -> {
            schools.assign(a.school(), resident);
            return null;
        }));
        assertRefused(InvalidInputException.class, "budget.school.name.taken", () -> world.as(moderator, () -> schools.add("Ліцей  № 1")));
        assertRefused(ConflictException.class, "budget.vote.codes-only", () -> world.as(resident, () -> InContainer.bean(Voting.class)
                .vote(a.contest(), Set.of(a.projects().get(0)))));
        assertEquals(List.of("Гімназія № 2", "Ліцей № 1"), world.in(Actor.ANONYMOUS, () -> schools.participating()).stream()
                .map(e -> e.school().name()).toList());
        assertEquals(List.of("Ліцей № 1"), world.as(a.teacher(), () -> schools.console()).stream().map(e -> e.school().name()).toList(),
                "a school moderator's console holds their own school");
        assertFalse(InContainer.auditOf("budget-school", a.school()).isEmpty(), "adding the school and assigning its moderator are audited");
        assertTrue(InContainer.auditOf("budget-contest", a.contest()).stream().anyMatch(e -> e.action().equals("budget.codes.issue")));

        BudgetWorld other = new BudgetWorld("school-other");
        long stranger = other.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        assertThrows(NotFoundException.class, () -> other.as(stranger, () -> codes.issue(a.contest(), 1)), "another community's contest");
        assertThrows(NotFoundException.class, () -> other.as(stranger, () -> world.contests.create("Шкільний бюджет 2027", BudgetWorld.ABOUT,
                BudgetWorld.MILLION, ua.hromada.budget.SelectionRule.BY_VOTES, 6, false, ua.hromada.core.identity.SignInStrength.STRONG,
                BudgetWorld.dates(Instant.now().plusSeconds(3600), 10), a.school())), "another community's school");
    }

    @Test
    void aCodeVotesOnceEvenTwentyTimesAtOnceAndOnlyInItsOwnSchool() throws Exception {
        BudgetWorld.SchoolBallot a = world.schoolVoting(moderator, "Ліцей № 1");
        BudgetWorld.SchoolBallot b = world.schoolVoting(moderator, "Гімназія № 2");
        List<VotingCodes.Issued> sheet = world.as(a.teacher(), () -> codes.issue(a.contest(), 4));
        String other = world.as(b.teacher(), () -> codes.issue(b.contest(), 1)).get(0).code();
        assertEquals(List.of(1, 2, 3, 4), sheet.stream().map(VotingCodes.Issued::serial).toList());
        assertTrue(sheet.stream().allMatch(c -> c.code().matches("[0-9A-HJKMNP-TV-Z]{20}")), "20 characters of base 32: 100 bits");
        assertEquals(0, InContainer.count("select count(*) from budget_voting_code where code_hash = ?", sheet.get(0).code()),
                "only the code's hash is kept");

        Set<Long> choice = Set.of(a.projects().get(0), a.projects().get(1));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return pupil(a, sheet.get(0).code(), choice);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int counted = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if (o instanceof Voting.Receipt r) {
                    assertEquals(VoteChannel.CODE, r.channel());
                    counted++;
                } else {
                    assertTrue(o instanceof ConflictException c && c.messageKey().equals("budget.code.used"), String.valueOf(o));
                }
            }
            assertEquals(1, counted, "one of the twenty uses of one code");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, InContainer.count("select count(*) from budget_ballot where contest_id = ? and person_id is null", a.contest()));
        assertRefusedCode(a, sheet.get(0).code(), "budget.code.used");

        assertRefusedCode(a, other, "budget.code.other-contest");
        assertRefusedCode(a, "0000-0000-0000-0000-0000", "budget.code.unknown");
        assertRefusedCode(a, "не код", "budget.code.unknown");
        world.as(a.teacher(), () -> {
            codes.revoke(a.contest(), 2);
            return null;
        });
        assertRefusedCode(a, sheet.get(1).code(), "budget.code.revoked");
        assertRefused(ConflictException.class, "budget.code.serial.revoked", () -> world.as(a.teacher(), () -> codes.reissue(a.contest(), 2)));
        assertRefused(ConflictException.class, "budget.code.serial.used", () -> world.as(a.teacher(), () -> codes.reissue(a.contest(), 1)));
        VotingCodes.Issued instead = world.as(a.teacher(), () -> codes.reissue(a.contest(), 3));
        assertEquals(5, instead.serial(), "numbered after the contest's last");
        assertRefusedCode(a, sheet.get(2).code(), "budget.code.revoked");
        // typed from the card: small letters, dashes, and an O for a zero are read as meant
        String typed = instead.grouped().toLowerCase(Locale.ROOT).replace('0', 'o');
        assertEquals(VoteChannel.CODE, pupil(a, typed, Set.of(a.projects().get(2))).channel());
        assertRefused(InvalidInputException.class, "budget.vote.too-many", () -> pupil(a, sheet.get(3).code(), Set.copyOf(a.projects())));
        assertTrue(world.in(Actor.ANONYMOUS, () -> codes.refusal(a.contest(), sheet.get(3).code())).isEmpty(),
                "a refused ballot leaves its code unused");
        VotingCodes.Counts counts = world.as(a.teacher(), () -> codes.counts(a.contest()));
        assertEquals(List.of(5L, 2L, 2L, 1L), List.of(counts.issued(), counts.used(), counts.revoked(), counts.unused()));

        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(a.results(), 500));
        assertRefusedCode(a, sheet.get(3).code(), "budget.vote.closed");
        List<ContestResults.CategoryResult> results = world.in(Actor.ANONYMOUS, () -> InContainer.bean(ContestResults.class)
                .of(a.contest()));
        assertEquals(2, results.get(0).voters());
        assertEquals(2L, world.in(Actor.ANONYMOUS, () -> InContainer.bean(Voting.class).channels(a.contest())).get(VoteChannel.CODE));
        assertEquals(0, InContainer.count("select count(*) from budget_ballot where contest_id = ?", b.contest()),
                "the other school's contest is untouched");
    }

    private Voting.Receipt pupil(BudgetWorld.SchoolBallot ballot, String code, Set<Long> projects) {
        return world.in(Actor.ANONYMOUS, () -> codes.vote(ballot.contest(), code, projects));
    }

    private void assertRefusedCode(BudgetWorld.SchoolBallot ballot, String code, String key) {
        assertRefused(ConflictException.class, key, () -> pupil(ballot, code, Set.of(ballot.projects().get(0))));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        assertRefused(type, key, attempt, key);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt, String why) {
        HromadaException e = assertThrows(type, attempt::run, why);
        assertEquals(key, e.messageKey(), why);
    }
}
