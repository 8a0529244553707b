package ua.hromada.budget.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.CategoryScope;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestDates;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.Contests;
import ua.hromada.budget.Hryvnias;
import ua.hromada.budget.School;
import ua.hromada.budget.Schools;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.HromadaException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' contests console: every contest in a lazy table, and the form that prepares a
 * draft with its categories, changes it and publishes it. Amounts are typed in hryvnias and held
 * in kopecks; every call goes to the beans, which check the permission again.
 */
@Named
@ViewScoped
public class ContestConsole implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CONSOLE = "/admin/budget";

    @Inject
    ContestReading reading;

    @Inject
    Contests contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    Schools schools;

    @Inject
    ContestResults results;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private LazyRows<Contest> all;
    private long id;
    private Contest contest;
    private List<ContestCategory> categories = List.of();
    private String title;
    private String description;
    private String totalBudget;
    private SelectionRule rule = SelectionRule.EQUAL_SHARES;
    private int voterMinAge = 16;
    private boolean declaredResidency;
    private SignInStrength signIn = SignInStrength.STRONG;
    private final LocalDateTime[] starts = new LocalDateTime[6];
    private String categoryName;
    private CategoryScope categoryScope = CategoryScope.CITY_WIDE;
    private String categoryBudget;
    private String minCost;
    private String maxCost;
    private Integer picks;
    private Long schoolId;
    private List<School> schoolChoices;

    /** f:viewAction of the list. */
    public void loadList() throws IOException {
        if (admitted(CONSOLE)) {
            all = new LazyRows<>(query -> reading.all(query), Contest::id, "newest", true);
        }
    }

    /** f:viewAction of the form: a new draft, or the contest {@code id} (404 for none here). */
    public void loadForm() throws IOException {
        if (!admitted(id == 0 ? CONSOLE + "/new" : CONSOLE + "/" + id) || id == 0 || contest != null) {
            return;
        }
        try {
            show(reading.find(id));
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    /** Creates the draft (and goes to its own address) or saves the changed one; a refusal is shown and nothing typed is lost. */
    public void save() throws IOException {
        if (contest != null) {
            Messages.attempt(language.getLocale(), "budget.console.saved", () -> show(contests.edit(id, title, description,
                    Hryvnias.parse(totalBudget, "budget.contest.total"), rule, voterMinAge, declaredResidency, signIn, dates(), schoolId)));
        } else if (Messages.attempt(language.getLocale(), "budget.console.created", () -> show(contests.create(title, description,
                Hryvnias.parse(totalBudget, "budget.contest.total"), rule, voterMinAge, declaredResidency, signIn, dates(), schoolId)))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + CONSOLE + "/" + id);
        }
    }

    /** Adds the category being typed to the draft; on a refusal what was typed stays. */
    public void addCategory() {
        if (Messages.attempt(language.getLocale(), "budget.console.category-added", () -> contests.addCategory(id, categoryName,
                categoryScope, Hryvnias.parse(categoryBudget, "budget.category.budget"), Hryvnias.parse(minCost, "budget.category.min-cost"),
                Hryvnias.parse(maxCost, "budget.category.max-cost"), picks))) {
            categoryName = null;
            categoryBudget = null;
            minCost = null;
            maxCost = null;
            picks = null;
            categories = reading.categories(id);
        }
    }

    public void removeCategory(long categoryId) {
        if (Messages.attempt(language.getLocale(), "budget.console.category-removed", () -> contests.removeCategory(id, categoryId))) {
            categories = reading.categories(id);
        }
    }

    /** Publishes the draft. */
    public void publish() {
        Messages.attempt(language.getLocale(), "budget.console.published", () -> show(contests.publish(id)));
    }

    /** Computes the closed contest's results again from its ballots and says whether the winners are the stored ones. */
    public void recheck() {
        try {
            List<String> differ = results.recheck(id);
            if (differ.isEmpty()) {
                Messages.info(language.getLocale(), "budget.results.recheck.same");
            } else {
                Messages.info(language.getLocale(), "budget.results.recheck.differ", String.join(", ", differ));
            }
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    /** Whether the contest's results stage has begun (its results are stored). */
    public boolean isClosed() {
        return contest != null && contest.stage().compareTo(ContestStage.RESULTS) >= 0;
    }

    /** The typed dates in the community's time zone; the dates themselves refuse a missing one or a wrong order. */
    private ContestDates dates() {
        Instant[] at = new Instant[starts.length];
        for (int i = 0; i < starts.length; i++) {
            at[i] = starts[i] == null ? null : starts[i].atZone(zone()).toInstant();
        }
        return new ContestDates(at[0], at[1], at[2], at[3], at[4], at[5]);
    }

    private void show(Contest c) {
        contest = c;
        id = c.id();
        title = c.title();
        description = c.description();
        totalBudget = Hryvnias.plain(c.totalBudget());
        rule = c.rule();
        voterMinAge = c.voterMinAge();
        declaredResidency = c.declaredResidency();
        signIn = c.signIn();
        schoolId = c.schoolId();
        ContestDates d = c.dates();
        Instant[] at = {d.submission(), d.support(), d.review(), d.voting(), d.results(), d.implementation()};
        for (int i = 0; i < at.length; i++) {
            starts[i] = LocalDateTime.ofInstant(at[i], zone());
        }
        categories = reading.categories(c.id());
    }

    private ZoneId zone() {
        return tenant.require().zone();
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(BudgetAction.MANAGE, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public boolean isDraft() {
        return contest == null || !contest.isPublic();
    }

    public LazyRows<Contest> getAll() {
        return all;
    }

    public Contest getContest() {
        return contest;
    }

    public List<ContestCategory> getCategories() {
        return categories;
    }

    public long getCategoriesTotal() {
        return categories.stream().mapToLong(ContestCategory::budget).sum();
    }

    /** The community's schools, for a school's own contest. */
    public List<School> getSchools() {
        if (schoolChoices == null) {
            schoolChoices = schools.console().stream().map(Schools.Entry::school).toList();
        }
        return schoolChoices;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public SelectionRule[] getRules() {
        return SelectionRule.values();
    }

    public CategoryScope[] getScopes() {
        return CategoryScope.values();
    }

    public SignInStrength[] getSignIns() {
        return SignInStrength.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(String totalBudget) {
        this.totalBudget = totalBudget;
    }

    public SelectionRule getRule() {
        return rule;
    }

    public void setRule(SelectionRule rule) {
        this.rule = rule;
    }

    public int getVoterMinAge() {
        return voterMinAge;
    }

    public void setVoterMinAge(int voterMinAge) {
        this.voterMinAge = voterMinAge;
    }

    public boolean isDeclaredResidency() {
        return declaredResidency;
    }

    public void setDeclaredResidency(boolean declaredResidency) {
        this.declaredResidency = declaredResidency;
    }

    public SignInStrength getSignIn() {
        return signIn;
    }

    public void setSignIn(SignInStrength signIn) {
        this.signIn = signIn;
    }

    /** The stages' start dates as the form edits them, in the order of {@code ContestStage.DATED}. */
    public LocalDateTime[] getStarts() {
        return starts;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }

    public CategoryScope getCategoryScope() {
        return categoryScope;
    }

    public void setCategoryScope(CategoryScope categoryScope) {
        this.categoryScope = categoryScope;
    }

    public String getCategoryBudget() {
        return categoryBudget;
    }

    public void setCategoryBudget(String categoryBudget) {
        this.categoryBudget = categoryBudget;
    }

    public String getMinCost() {
        return minCost;
    }

    public void setMinCost(String minCost) {
        this.minCost = minCost;
    }

    public String getMaxCost() {
        return maxCost;
    }

    public void setMaxCost(String maxCost) {
        this.maxCost = maxCost;
    }

    public Integer getPicks() {
        return picks;
    }

    public void setPicks(Integer picks) {
        this.picks = picks;
    }
}
