package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestStage;
import ua.hromada.core.Money;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/** How budget pages show money, moments, stages and addresses: in the page language and the community's time zone. */
@Named
@RequestScoped
public class BudgetFormat {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    public String money(long kopecks) {
        return new Money(kopecks).format(language.getLocale());
    }

    public String when(Instant instant) {
        return instant == null ? "" : language.format(instant, tenant.require().zone());
    }

    public String path(Contest contest) {
        return "/" + tenant.require().slug() + "/budget/" + contest.id();
    }

    /** Where a contest's console pages lead back to: its settings, or for a school's contest the schools' page its school moderators reach too. */
    public String consolePath(Contest contest) {
        return "/" + tenant.require().slug() + "/admin/budget/" + (contest.isSchools() ? "schools" : String.valueOf(contest.id()));
    }

    /** "Up to 3 projects" or "any projects whose cost fits the category's budget". */
    public String picks(ContestCategory category) {
        return category.picks() == null ? Messages.text(language.getLocale(), "budget.category.picks.fit")
                : Messages.text(language.getLocale(), "budget.category.picks.up-to", category.picks());
    }

    /** Project numbers as a line reads them: "№ 3, № 5", or a dash for none. */
    public String numbers(java.util.List<String> numbers) {
        return numbers.isEmpty() ? "—" : String.join(", ", numbers.stream().map(n -> "№ " + n).toList());
    }

    /** The stages that begin at a date, in order, for the page's list of dates. */
    public java.util.List<ContestStage> getDatedStages() {
        return ContestStage.DATED;
    }

    /** Whether {@code stage} is the contest's current one (the list marks it for eyes and screen readers). */
    public boolean current(Contest contest, ContestStage stage) {
        return contest.stage() == stage;
    }
}
