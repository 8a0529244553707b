package ua.hromada.it.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import ua.hromada.core.identity.SignInStrength;
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
                SignInStrength.STRONG, dates(submission, 10)).id());
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
}
