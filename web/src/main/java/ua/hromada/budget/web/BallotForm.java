package ua.hromada.budget.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.Voting;

/**
 * What a ballot page shows, whoever casts it (a resident online, a pupil with a code): the
 * contest, each category's admitted projects with what is ticked among them (the include
 * {@code ballot-fields.xhtml} reads these), and the receipt once cast.
 */
abstract class BallotForm implements Serializable {
    private static final long serialVersionUID = 1L;

    protected Contest contest;
    protected List<ContestCategory> categories = List.of();
    protected Voting.Receipt receipt;
    private List<BudgetProject> admitted = List.of();
    private final Map<Long, Boolean> ticked = new HashMap<>();

    /** The contest and its ballot's projects. */
    protected void show(Contest c, List<ContestCategory> inOrder, List<BudgetProject> onTheBallot) {
        contest = c;
        categories = inOrder;
        admitted = List.copyOf(onTheBallot);
    }

    /** The ticked projects' ids. */
    protected Set<Long> chosen() {
        Set<Long> chosen = new LinkedHashSet<>();
        ticked.forEach((project, on) -> {
            if (Boolean.TRUE.equals(on)) {
                chosen.add(project);
            }
        });
        return chosen;
    }

    protected void untick() {
        ticked.clear();
    }

    public List<BudgetProject> projectsIn(ContestCategory category) {
        return admitted.stream().filter(p -> category.id().equals(p.categoryId())).toList();
    }

    /** The receipt's projects, by name, for the voter to read back. */
    public List<BudgetProject> getVotedFor() {
        return receipt == null ? List.of() : admitted.stream().filter(p -> receipt.projectIds().contains(p.id())).toList();
    }

    public boolean isOpen() {
        return contest != null && contest.stage() == ContestStage.VOTING;
    }

    public Voting.Receipt getReceipt() {
        return receipt;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public Contest getContest() {
        return contest;
    }

    public List<ContestCategory> getCategories() {
        return categories;
    }
}
