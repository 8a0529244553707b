package ua.hromada.budget.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.VotingTerminals;
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
public class VoteForm extends BallotForm {
    private static final long serialVersionUID = 1L;
    /** How long a voter's session at a terminal lives unused after their ballot. */
    private static final int TERMINAL_IDLE_SECONDS = 120;

    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    BudgetPermissions permissions;

    @Inject
    LanguageSelection language;

    @Inject
    VotingTerminals terminals;

    @Inject
    TerminalCookie terminalCookie;

    private long id;

    /** f:viewAction: 404 for no published contest here. */
    public void load() throws IOException {
        if (contest != null) {
            return;
        }
        try {
            show(contests.view(id), contests.categories(id), voting.admitted(id));
            receipt = voting.mine(id).orElse(null);
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    /**
     * Casts the ballot with the ticked projects (from a terminal's browser under the channel
     * TERMINAL, its session then ending after two idle minutes for the next voter); a refusal (over
     * a limit, already voted) is shown and the ticks stay.
     */
    public void vote() {
        Set<Long> chosen = chosen();
        String terminal = terminalCookie.secret();
        boolean atTerminal = terminal != null && terminals.recognised(terminal).isPresent();
        if (Messages.attempt(language.getLocale(), "budget.vote.done", () -> receipt = atTerminal ? voting.voteAtTerminal(id, chosen,
                terminal) : voting.vote(id, chosen))) {
            untick();
            if (atTerminal) {
                FacesContext.getCurrentInstance().getExternalContext().setSessionMaxInactiveInterval(TERMINAL_IDLE_SECONDS);
            }
        } else {
            receipt = voting.mine(id).orElse(null);
        }
    }

    /** Why the signed-in person may not vote here (not a resident, a weaker sign-in), or null. */
    public String getRefusal() {
        return contest == null ? null : permissions.refusal(BudgetAction.VOTE, contest).map(key -> Messages.text(language.getLocale(), key))
                .orElse(null);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
