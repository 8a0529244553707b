package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.CostLine;
import ua.hromada.budget.ProjectContent;
import ua.hromada.budget.ProjectStatus;
import ua.hromada.budget.ProjectSupport;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.it.support.InContainer;

/**
 * Projects through the real beans: a resident saves a draft as it is and submits it when it is
 * complete and its cost within the category's limits (a number then, one per contest even when
 * many submit at once); drafts are their author's only; stages open and close submission;
 * non-residents are refused; moderators enter paper forms and read the authors' contacts.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("projects-it", ProjectsIT.class, BudgetWorld.class);
    }

    private BudgetWorld world;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("projects");
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void aResidentSavesADraftAsItIsAndSubmitsItWhenComplete() {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        BudgetProject draft = world.as(resident, () -> world.submission.createDraft(contest.id(), new ProjectContent(null, "Сквер",
                null, null, null, List.of())));
        assertEquals(ProjectStatus.DRAFT, draft.status());
        long id = draft.id();
        assertThrows(NotFoundException.class, () -> world.in(Actor.ANONYMOUS, () -> world.projects.view(id)), "a draft is its author's");
        assertThrows(NotFoundException.class, () -> world.as(moderator, () -> world.projects.view(id)), "even the moderators'");
        assertRefused(InvalidInputException.class, "budget.project.category.required", () -> submit(resident, id));

        world.as(resident, () -> world.submission.saveDraft(id, BudgetWorld.project(contest.category(), "Сквер біля школи", 50_000)));
        assertRefused(InvalidInputException.class, "budget.project.cost.out-of-limits", () -> submit(resident, id));
        ProjectContent tooLong = new ProjectContent(contest.category(), "Сквер", "x".repeat(10_001), "вул. Шевченка", null, List.of());
        assertRefused(InvalidInputException.class, "budget.project.description.length", () -> world.as(resident,
                () -> world.submission.saveDraft(id, tooLong)));
        world.as(resident, () -> world.submission.saveDraft(id, BudgetWorld.project(contest.category(), "Сквер біля школи", 300_000)));
        assertEquals(30_000_000L, world.as(resident, () -> world.projects.view(id)).cost(), "the lines' total, in kopecks");

        BudgetProject submitted = submit(resident, id);
        assertEquals("1", submitted.number());
        assertEquals(ProjectStatus.SUBMITTED, submitted.status());
        assertEquals("Сквер біля школи", world.in(Actor.ANONYMOUS, () -> world.projects.view(id)).title());
        assertEquals(List.of(id), world.in(Actor.ANONYMOUS, () -> world.projects.submitted(contest.id(), null, 20)).items().stream()
                .map(BudgetProject::id).toList());
        assertRefused(ConflictException.class, "budget.project.submitted", () -> world.as(resident, () -> world.submission.saveDraft(id,
                BudgetWorld.project(contest.category(), "Інша назва", 300_000))));
        assertRefused(ConflictException.class, "budget.project.submitted", () -> submit(resident, id));
        long neighbour = world.person("Тарас Сусід", Role.RESIDENT);
        BudgetProject second = world.as(neighbour, () -> world.submission.createDraft(contest.id(), BudgetWorld.project(contest.category(),
                "Велодоріжка до озера", 900_000)));
        assertEquals("2", submit(neighbour, second.id()).number());
        assertEquals(List.of(second.id()), world.as(neighbour, () -> world.projects.mine(contest.id())).stream().map(BudgetProject::id).toList());
        List<String> actions = InContainer.auditOf("budget-project", id).stream().map(AuditEntry::action).toList();
        assertEquals(List.of("budget.project.submit"), actions);
    }

    @Test
    void submissionOpensAndClosesWithTheContestsStages() {
        Instant submission = Instant.now().plus(Duration.ofHours(1));
        long contest = world.draft(moderator, 3, submission);
        long category = world.category(moderator, contest, "Загальноміські проєкти", 3);
        world.as(moderator, () -> world.contests.publish(contest));
        long id = world.as(resident, () -> world.submission.createDraft(contest, BudgetWorld.project(category, "Сквер біля школи",
                300_000))).id();
        assertRefused(ConflictException.class, "budget.project.submission-not-open", () -> submit(resident, id));
        DeadlineProcessing sweeper = InContainer.bean(DeadlineProcessing.class);
        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(submission.plus(Duration.ofDays(10)).plusSeconds(60), 500));
        assertRefused(ConflictException.class, "budget.project.submission-closed", () -> submit(resident, id));
        assertRefused(ConflictException.class, "budget.project.submission-closed", () -> world.as(resident, () -> world.submission
                .saveDraft(id, BudgetWorld.project(category, "Сквер біля школи", 300_000))));
        BudgetProject paper = world.as(moderator, () -> world.submission.enterFromPaper(contest, "Ганна Петрівна Коваль",
                BudgetWorld.project(category, "Дитячий майданчик на Вокзальній", 400_000)));
        assertEquals("1", paper.number(), "paper forms are still entered during the preliminary support");
        assertTrue(paper.onPaper());
        assertEquals(null, paper.authorId());
    }

    @Test
    void nonResidentsAndAnotherCommunityAreRefusedAndOnlyModeratorsReadContacts() {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        long guest = world.person("Гість Нерезидент");
        assertRefused(ForbiddenException.class, "budget.residents-only", () -> world.as(guest, () -> world.submission.createDraft(contest.id(),
                BudgetWorld.project(contest.category(), "Сквер біля школи", 300_000))));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> world.submission.enterFromPaper(contest.id(), "Хтось",
                BudgetWorld.project(contest.category(), "Сквер біля школи", 300_000))));
        long id = world.as(resident, () -> world.submission.createDraft(contest.id(), BudgetWorld.project(contest.category(),
                "Сквер біля школи", 300_000))).id();
        submit(resident, id);
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> world.projects.forModerators(contest.id(), query())));
        BudgetProject listed = world.as(moderator, () -> world.projects.forModerators(contest.id(), query())).rows().get(0);
        assertEquals("+380501234567", listed.contacts());

        BudgetWorld other = new BudgetWorld("projects-other");
        long otherModerator = other.person("Чужа Модераторка", Role.LOCAL_MODERATOR);
        long otherResident = other.person("Чужий Мешканець", Role.RESIDENT);
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.projects.forModerators(contest.id(), query())));
        assertThrows(NotFoundException.class, () -> other.as(otherModerator, () -> other.projects.view(id)));
        assertThrows(NotFoundException.class, () -> other.as(otherResident, () -> other.submission.createDraft(contest.id(),
                BudgetWorld.project(contest.category(), "Чужий проєкт", 300_000))));
        BudgetWorld.OpenContest theirs = other.submitting(otherModerator);
        assertRefused(InvalidInputException.class, "budget.project.category.unknown", () -> other.as(otherResident,
                () -> other.submission.createDraft(theirs.id(), BudgetWorld.project(contest.category(), "Чужа категорія", 300_000))));
    }

    @Test
    void manyAtOnceGetDistinctNumbersAndOnePersonKeepsAtMostTen() throws Exception {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        List<Long> drafts = new ArrayList<>();
        List<Long> authors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long author = world.person("Авторка " + i, Role.RESIDENT);
            int n = i;
            authors.add(author);
            drafts.add(world.as(author, () -> world.submission.createDraft(contest.id(), BudgetWorld.project(contest.category(),
                    "Проєкт номер " + n, 200_000))).id());
        }
        List<Object> outcomes = atOnce(8, i -> () -> submit(authors.get(i), drafts.get(i)));
        Set<String> numbers = new TreeSet<>();
        outcomes.forEach(o -> numbers.add(((BudgetProject) o).number()));
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8"), numbers);

        List<Object> made = atOnce(14, i -> () -> world.as(resident, () -> world.submission.createDraft(contest.id(),
                new ProjectContent(null, "Чернетка " + i, null, null, null, List.of(new CostLine("Лавки", 100))))));
        long kept = made.stream().filter(o -> o instanceof BudgetProject).count();
        assertTrue(made.stream().allMatch(o -> o instanceof BudgetProject || o instanceof ConflictException c
                && c.messageKey().equals("budget.project.limit")), made.toString());
        assertEquals(10, kept, "ten drafts of one person, however many arrive at once");
    }

    @Test
    void supportIsOncePerPersonDuringItsStageAndTheReviewTakesThoseWithEnough() throws Exception {
        world.as(moderator, () -> {
            InContainer.bean(ToolSettings.class).change(world.community, "budget", Map.of("budget.supporters", "3"));
            return null;
        });
        Instant submission = Instant.now().minus(Duration.ofHours(1));
        long contest = world.draft(moderator, 3, submission);
        long category = world.category(moderator, contest, "Загальноміські проєкти", 3);
        assertEquals(3, world.as(moderator, () -> world.contests.publish(contest)).supportersNeeded(), "fixed at the announcement");
        long popular = world.as(resident, () -> world.submission.createDraft(contest, BudgetWorld.project(category, "Сквер біля школи",
                300_000))).id();
        submit(resident, popular);
        long quiet = world.as(moderator, () -> world.submission.enterFromPaper(contest, "Ганна Коваль", BudgetWorld.project(category,
                "Лавки біля ставка", 200_000))).id();
        ProjectSupport support = InContainer.bean(ProjectSupport.class);
        long neighbour = world.person("Тарас Сусід", Role.RESIDENT);
        assertRefused(ConflictException.class, "budget.support.not-open", () -> world.as(neighbour, () -> {
            support.support(popular);
            return null;
        }));
        DeadlineProcessing sweeper = InContainer.bean(DeadlineProcessing.class);
        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(submission.plus(Duration.ofDays(10)).plusSeconds(60), 500));

        assertRefused(ConflictException.class, "budget.support.own", () -> world.as(resident, () -> {
            support.support(popular);
            return null;
        }));
        assertRefused(ForbiddenException.class, "budget.residents-only", () -> world.as(world.person("Гість Нерезидент"), () -> {
            support.support(popular);
            return null;
        }));
        List<Long> supporters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            supporters.add(world.person("Прихильниця " + i, Role.RESIDENT));
        }
        List<Object> many = atOnce(12, i -> () -> world.as(supporters.get(i), () -> {
            support.support(popular);
            return "supported";
        }));
        assertTrue(many.stream().allMatch("supported"::equals), many.toString());
        List<Object> twice = atOnce(6, i -> () -> world.as(neighbour, () -> {
            support.support(quiet);
            return "supported";
        }));
        assertEquals(1, twice.stream().filter("supported"::equals).count(), twice.toString());
        assertTrue(twice.stream().allMatch(o -> "supported".equals(o) || o instanceof ConflictException c
                && c.messageKey().equals("budget.support.twice")), twice.toString());
        assertEquals(12L, world.in(Actor.ANONYMOUS, () -> support.count(popular)));
        assertEquals(Map.of(popular, 12L, quiet, 1L), world.in(Actor.ANONYMOUS, () -> support.counts(List.of(popular, quiet))));
        assertTrue(world.as(neighbour, () -> support.supportedByMe(quiet)));

        world.in(BudgetWorld.ADMIN, () -> sweeper.sweep(submission.plus(Duration.ofDays(20)).plusSeconds(60), 500));
        assertEquals(ProjectStatus.IN_REVIEW, world.in(Actor.ANONYMOUS, () -> world.projects.view(popular)).status());
        assertEquals(ProjectStatus.UNSUPPORTED, world.in(Actor.ANONYMOUS, () -> world.projects.view(quiet)).status());
        assertRefused(ConflictException.class, "budget.support.closed", () -> world.as(world.person("Запізніла", Role.RESIDENT), () -> {
            support.support(popular);
            return null;
        }));
        assertTrue(InContainer.auditOf("budget-contest", contest).stream().anyMatch(a -> a.action().equals("budget.support.settle")
                && a.summary().equals("2 projects settled, 3 supporters needed")));
    }

    @Test
    void aDeletedAccountsDraftsAndSupportsGoAndItsSubmittedProjectsStayWithoutItsName() {
        Instant submission = Instant.now().minus(Duration.ofHours(1));
        long contest = world.draft(moderator, 3, submission);
        long category = world.category(moderator, contest, "Загальноміські проєкти", 3);
        world.as(moderator, () -> world.contests.publish(contest));
        long author = world.person("Оксана Авторка", Role.RESIDENT);
        long submitted = world.as(author, () -> world.submission.createDraft(contest, BudgetWorld.project(category, "Сквер біля школи",
                300_000))).id();
        submit(author, submitted);
        long draft = world.as(author, () -> world.submission.createDraft(contest, BudgetWorld.project(category, "Чернетка", 300_000))).id();
        long other = world.as(resident, () -> world.submission.createDraft(contest, BudgetWorld.project(category, "Велодоріжка",
                300_000))).id();
        submit(resident, other);
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(submission.plus(Duration.ofDays(10))
                .plusSeconds(60), 500));
        ProjectSupport support = InContainer.bean(ProjectSupport.class);
        world.as(author, () -> {
            support.support(other);
            return null;
        });

        world.as(author, () -> {
            InContainer.bean(AccountDeletion.class).delete("ВИДАЛИТИ");
            return null;
        });
        BudgetProject kept = world.in(Actor.ANONYMOUS, () -> world.projects.view(submitted));
        assertEquals("", kept.authorName());
        assertEquals(null, kept.contacts());
        assertEquals(null, kept.authorId());
        assertEquals(0, InContainer.count("select count(*) from budget_project where id = ?", draft), "a draft was never public");
        assertEquals(0L, world.in(Actor.ANONYMOUS, () -> support.count(other)), "the support goes with the account");
    }

    /** {@code n} attempts started together; each answers its result or the exception it threw. */
    private List<Object> atOnce(int n, java.util.function.IntFunction<Supplier<Object>> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Supplier<Object> one = attempt.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return one.get();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private BudgetProject submit(long person, long id) {
        return world.as(person, () -> world.submission.submit(id));
    }

    private static TableQuery query() {
        return new TableQuery(0, 20, null, false, null);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
