package ua.hromada.it.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ua.hromada.budget.CategoryScope;
import ua.hromada.budget.ContestDates;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.Contests;
import ua.hromada.budget.CostLine;
import ua.hromada.budget.ProjectContent;
import ua.hromada.budget.ProjectReading;
import ua.hromada.budget.ProjectSubmission;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.access.Actor;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;

/** A fresh community with the participatory budget switched on, its people and its contests, for in-container tests. */
public final class BudgetWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("budget-it");
    public static final String ABOUT = "Громада виділяє кошти на ідеї мешканців: подайте проєкт і проголосуйте за найкращі.";
    /** A million hryvnias, in kopecks. */
    public static final long MILLION = 100_000_000L;

    public final Contests contests = InContainer.bean(Contests.class);
    public final ContestReading reading = InContainer.bean(ContestReading.class);
    public final ProjectSubmission submission = InContainer.bean(ProjectSubmission.class);
    public final ProjectReading projects = InContainer.bean(ProjectReading.class);

    public BudgetWorld(String prefix) {
        super(ADMIN, prefix, "Громада бюджету участі", "budget");
    }

    /** Stage dates from {@code submission} on, each stage {@code days} long. */
    public static ContestDates dates(Instant submission, int days) {
        Duration stage = Duration.ofDays(days);
        return new ContestDates(submission, submission.plus(stage), submission.plus(stage.multipliedBy(2)),
                submission.plus(stage.multipliedBy(3)), submission.plus(stage.multipliedBy(4)), submission.plus(stage.multipliedBy(5)));
    }

    /** A draft of {@code millions} million hryvnias by equal shares, its submission starting at {@code submission}. */
    public long draft(long moderator, long millions, Instant submission) {
        return as(moderator, () -> contests.create("Бюджет участі 2027", ABOUT, millions * MILLION, SelectionRule.EQUAL_SHARES, 16, false,
                SignInStrength.STRONG, dates(submission, 10), null).id());
    }

    /** A city-wide category of {@code millions} million, projects from 100,000 to 1 million hryvnias, up to three picks. */
    public long category(long moderator, long contest, String name, long millions) {
        return as(moderator, () -> contests.addCategory(contest, name, CategoryScope.CITY_WIDE, millions * MILLION, MILLION / 10, MILLION,
                3).id());
    }

    /** A contest of three million, announced with one city-wide category (projects of 100,000 to 1 million), its submission open since an hour ago. */
    public OpenContest submitting(long moderator) {
        long id = draft(moderator, 3, Instant.now().minus(Duration.ofHours(1)));
        long category = category(moderator, id, "Загальноміські проєкти", 3);
        as(moderator, () -> contests.publish(id));
        return new OpenContest(id, category);
    }

    /** A published contest and its category. */
    public record OpenContest(long id, long category) {
    }

    /** A complete project's content in {@code category}: two lines costing {@code hryvnias} together. */
    public static ProjectContent project(long category, String title, long hryvnias) {
        return new ProjectContent(category, title, "Облаштувати майданчик із лавками, освітленням і тінню для мешканців усіх віків поруч зі школою.",
                "вул. Шевченка, 12", "+380501234567", List.of(new CostLine("Лавки та урни", hryvnias * 60), new CostLine("Освітлення",
                        hryvnias * 40)));
    }

    /**
     * A contest moved by the sweeper into its review, every project needing no support: the
     * resident's projects (costing 300,000, 400,000, … hryvnias) are in review.
     */
    public InReview inReview(long moderator, long resident, int projects) {
        return inReview(moderator, java.util.Collections.nCopies(projects, resident), 0);
    }

    /**
     * As {@link #inReview(long, long, int)}, with one project by each of {@code authors} in their
     * order, then {@code paper} projects the moderator entered from paper forms (no author account).
     */
    public InReview inReview(long moderator, List<Long> authors, int paper) {
        as(moderator, () -> {
            InContainer.bean(ToolSettings.class).change(community, "budget", Map.of("budget.supporters", "0"));
            return null;
        });
        Instant opened = Instant.now().minus(Duration.ofHours(1));
        long id = draft(moderator, 3, opened);
        long category = category(moderator, id, "Загальноміські проєкти", 3);
        as(moderator, () -> contests.publish(id));
        List<Long> ids = new java.util.ArrayList<>();
        for (long author : authors) {
            long hryvnias = 300_000 + 100_000L * ids.size();
            long project = as(author, () -> submission.createDraft(id, project(category, "Проєкт за " + hryvnias, hryvnias)).id());
            as(author, () -> submission.submit(project));
            ids.add(project);
        }
        for (int i = 0; i < paper; i++) {
            long hryvnias = 300_000 + 100_000L * ids.size();
            ids.add(as(moderator, () -> submission.enterFromPaper(id, "Автор Паперового Бланка", project(category, "Паперовий проєкт за "
                    + hryvnias, hryvnias)).id()));
        }
        in(ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(opened.plus(Duration.ofDays(20)).plusSeconds(60), 500));
        return new InReview(id, category, List.copyOf(ids), opened);
    }

    /** A contest in review, its projects in review, and when its submission opened. */
    public record InReview(long contest, long category, List<Long> projects, Instant opened) {
        /** The sweeper's moment that moves the contest into its vote. */
        public Instant voting() {
            return opened.plus(Duration.ofDays(30)).plusSeconds(60);
        }
    }

    /**
     * A contest moved by the sweeper into its vote, by {@code rule}: the city-wide category (3
     * million, up to 3 picks) with the resident's projects of 300,000, 400,000, 500,000 and 600,000
     * hryvnias, and the district's (1 million, whatever fits) with two of 600,000 and 500,000; every
     * one admitted by the moderator's review.
     */
    public Ballot voting(long moderator, long resident, SelectionRule rule) {
        as(moderator, () -> {
            InContainer.bean(ToolSettings.class).change(community, "budget", Map.of("budget.supporters", "0"));
            return null;
        });
        Instant opened = Instant.now().minus(Duration.ofHours(1));
        long id = as(moderator, () -> contests.create("Бюджет участі 2027", ABOUT, 4 * MILLION, rule, 16, false, SignInStrength.STRONG,
                dates(opened, 10), null).id());
        long city = category(moderator, id, "Загальноміські проєкти", 3);
        long district = as(moderator, () -> contests.addCategory(id, "Проєкти округу", CategoryScope.DISTRICT, MILLION, MILLION / 10,
                MILLION, null).id());
        as(moderator, () -> contests.publish(id));
        List<Long> cityProjects = new java.util.ArrayList<>();
        for (long hryvnias : new long[] {300_000, 400_000, 500_000, 600_000}) {
            cityProjects.add(submitted(resident, id, city, hryvnias));
        }
        List<Long> districtProjects = List.of(submitted(resident, id, district, 600_000), submitted(resident, id, district, 500_000));
        in(ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(opened.plus(Duration.ofDays(20)).plusSeconds(60), 500));
        ua.hromada.budget.ProjectReview review = InContainer.bean(ua.hromada.budget.ProjectReview.class);
        for (long project : concat(cityProjects, districtProjects)) {
            for (ua.hromada.budget.CheckKind kind : ua.hromada.budget.CheckKind.values()) {
                as(moderator, () -> review.check(project, kind, true, "Перевірено, зауважень немає."));
            }
            as(moderator, () -> review.admit(project));
        }
        in(ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(opened.plus(Duration.ofDays(30)).plusSeconds(60), 500));
        return new Ballot(id, opened, List.copyOf(cityProjects), districtProjects);
    }

    /** A contest in its vote: when its submission opened, and its two categories' admitted projects in order of cost as made. */
    public record Ballot(long contest, Instant opened, List<Long> city, List<Long> district) {
        /** The sweeper's moment that moves the contest into its results. */
        public Instant results() {
            return opened.plus(Duration.ofDays(40)).plusSeconds(60);
        }
    }

    /**
     * A school's contest moved by the sweeper into its vote: the school and its moderator (a holder
     * of the school moderator role assigned to it), one category of a million hryvnias (up to two
     * picks) with the pupils' projects of 200,000, 300,000 and 400,000 that the school moderator
     * entered from paper, reviewed and admitted (no supporters needed in a school's contest).
     */
    public SchoolBallot schoolVoting(long moderator, String schoolName) {
        ua.hromada.budget.Schools schools = InContainer.bean(ua.hromada.budget.Schools.class);
        long teacher = person(schoolName + ": Модераторка Школи", ua.hromada.core.access.Role.SCHOOL_MODERATOR);
        long school = as(moderator, () -> schools.add(schoolName).id());
        as(moderator, () -> {
            schools.assign(school, teacher);
            return null;
        });
        Instant opened = Instant.now().minus(Duration.ofHours(1));
        long id = as(moderator, () -> contests.create("Шкільний бюджет 2027", ABOUT, MILLION, SelectionRule.BY_VOTES, 6, false,
                SignInStrength.STRONG, dates(opened, 10), school).id());
        long category = as(moderator, () -> contests.addCategory(id, "Проєкти учнів", CategoryScope.THEMATIC, MILLION, MILLION / 10,
                MILLION / 2, 2).id());
        as(moderator, () -> contests.publish(id));
        List<Long> projects = new java.util.ArrayList<>();
        for (long hryvnias : new long[] {200_000, 300_000, 400_000}) {
            projects.add(as(teacher, () -> submission.enterFromPaper(id, "Учні 7-Б класу", project(category, "Шкільний проєкт за "
                    + hryvnias, hryvnias)).id()));
        }
        in(ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(opened.plus(Duration.ofDays(20)).plusSeconds(60), 500));
        ua.hromada.budget.ProjectReview review = InContainer.bean(ua.hromada.budget.ProjectReview.class);
        for (long project : projects) {
            for (ua.hromada.budget.CheckKind kind : ua.hromada.budget.CheckKind.values()) {
                as(teacher, () -> review.check(project, kind, true, "Перевірено, зауважень немає."));
            }
            as(teacher, () -> review.admit(project));
        }
        in(ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(opened.plus(Duration.ofDays(30)).plusSeconds(60), 500));
        return new SchoolBallot(id, school, teacher, opened, List.copyOf(projects));
    }

    /** A school's contest in its vote: the school, its moderator, when the contest's submission opened, and its admitted projects by cost. */
    public record SchoolBallot(long contest, long school, long teacher, Instant opened, List<Long> projects) {
        public Instant results() {
            return opened.plus(Duration.ofDays(40)).plusSeconds(60);
        }
    }

    private long submitted(long resident, long contest, long category, long hryvnias) {
        long project = as(resident, () -> submission.createDraft(contest, project(category, "Проєкт за " + hryvnias, hryvnias)).id());
        as(resident, () -> submission.submit(project));
        return project;
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
