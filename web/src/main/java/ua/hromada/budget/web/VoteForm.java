package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ContestStage;
import ua.hromada.budget.Voting;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.PageResponses;

/**
 * The ballot: each category's admitted projects to tick within its limits, confirmed once (the
 * choice is final); afterwards the voter's receipt. A refused ballot keeps what was ticked.
 */
@Named
@ViewScoped
public class VoteForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    BudgetPermissions permissions;

    @Inject
    LanguageSelection language;

    private long id;
    private Contest contest;
    private List<ContestCategory> categories = List.of();
    private List<BudgetProject> admitted = List.of();
    private final Map<Long, Boolean> ticked = new HashMap<>();
    private Voting.Receipt receipt;

    /** f:viewAction: 404 for no published contest here. */
    public void load() throws IOException {
        if (contest != null) {
            return;
        }
        try {
            contest = contests.view(id);
            categories = contests.categories(id);
            admitted = voting.admitted(id);
            receipt = voting.mine(id).orElse(null);
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    /** Casts the ballot with the ticked projects; a refusal (over a limit, already voted) is shown and the ticks stay. */
    public void vote() {
        Set<Long> chosen = new LinkedHashSet<>();
        ticked.forEach((project, on) -> {
            if (Boolean.TRUE.equals(on)) {
                chosen.add(project);
            }
        });
        if (Messages.attempt(language.getLocale(), "budget.vote.done", () -> receipt = voting.vote(id, chosen))) {
            ticked.clear();
        } else {
            receipt = voting.mine(id).orElse(null);
        }
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

    /** Why the signed-in person may not vote here (not a resident, a weaker sign-in), or null. */
    public String getRefusal() {
        return contest == null ? null : permissions.refusal(BudgetAction.VOTE, contest).map(key -> Messages.text(language.getLocale(), key))
                .orElse(null);
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

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
