package ua.hromada.budget.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.Voting;
import ua.hromada.budget.VotingCodes;
import ua.hromada.core.ConflictException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.PageResponses;

/**
 * A pupil's ballot in their school's contest, with a one-time code: first the code (the printed
 * QR link puts it after {@code #}, which never reaches the server or its logs, and the page's
 * script fills it in), then the ballot, the code carried in a hidden field; then the receipt. The
 * page keeps no state between requests (an anonymous pupil gets no session), so the ballot's
 * fields are shown again on their own post.
 */
@Named
@RequestScoped
public class PupilBallot extends BallotForm {
    private static final long serialVersionUID = 1L;
    private static final String BALLOT_FORM = "ballot";

    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    VotingCodes codes;

    @Inject
    LanguageSelection language;

    private String code;
    private boolean accepted;
    private boolean refused;

    /**
     * The contest from the address, before the form is read: a post's ticks are decoded against
     * its categories, and this bean lives one request only.
     */
    @PostConstruct
    void read() {
        try {
            Contest c = contests.view(Long.parseLong(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .getOrDefault("id", "")));
            if (c.isSchools()) {
                show(c, contests.categories(c.id()), voting.admitted(c.id()));
            }
        } catch (NumberFormatException | NotFoundException e) {
            contest = null;
        }
    }

    /** f:viewAction: 404 for no published school contest here. */
    public void load() throws IOException {
        if (contest == null) {
            PageResponses.notFound();
        }
    }

    /** The code typed (or filled in from the link): the ballot when it may vote here now, otherwise why not. */
    public void check() {
        try {
            codes.refusal(contest.id(), code).ifPresentOrElse(key -> Messages.show(new ConflictException(key), language.getLocale()),
                    () -> accepted = true);
        } catch (ConflictException e) {
            Messages.show(e, language.getLocale());
        }
    }

    /** Casts the code's ballot; over a limit the ticks stay, a code found used or revoked meanwhile goes back to the code. */
    public void vote() {
        Set<Long> chosen = chosen();
        try {
            receipt = codes.vote(contest.id(), code, chosen);
            Messages.info(language.getLocale(), "budget.code.done");
        } catch (ConflictException e) {
            Messages.show(e, language.getLocale());
            refused = true;
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Whether the ballot shows: the code just accepted, or the ballot's own post (not yet cast, its code not refused). */
    public boolean isBallotShown() {
        if (receipt != null || refused) {
            return false;
        }
        return accepted || FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey(BALLOT_FORM);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
