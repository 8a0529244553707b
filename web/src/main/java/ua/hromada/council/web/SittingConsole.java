package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSittings;
import ua.hromada.council.RollCall;
import ua.hromada.council.SittingReading;

/** The chair's console of a sitting (run by the secretariat): who registered, the quorum, opening and closing roll calls. */
@Named
@ViewScoped
public class SittingConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SittingReading reading;

    @Inject
    CouncilSittings sittings;

    @Inject
    CouncilReading councilReading;

    @Inject
    CouncilAdmission admission;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private long id;
    private SittingReading.Sitting sitting;
    private Long item;
    private RollCall.Majority majority = RollCall.Majority.COMPOSITION;
    private int window = 60;
    private String reason;

    /** f:viewAction: the chair's console (the secretariat). */
    public void load() throws IOException {
        if (admission.admit(CouncilAction.CHAIR, "/admin/council/sittings/" + id) && sitting == null) {
            refresh();
        }
    }

    public void open() {
        long chosen = item == null ? 0 : item;
        if (Messages.attempt(language.getLocale(), "council.vote.opened", () -> sittings.open(id, chosen, majority, window, reason))) {
            item = null;
            reason = null;
        }
        refresh();
    }

    public void close() {
        long running = sitting.running().map(r -> r.rollCall().id()).orElse(0L);
        Messages.attempt(language.getLocale(), "council.vote.closed.done", () -> sittings.close(running));
        refresh();
    }

    public void refresh() {
        sitting = reading.sitting(id);
    }

    /** How many have voted in the running roll call so far (not how: the tally shows at the close). */
    public long getVotesCast() {
        return sitting.running().map(r -> reading.votesCast(r.rollCall().id())).orElse(0L);
    }

    public boolean isSittingNow() {
        return sitting.session().isSitting(clock.instant(), tenant.require().zone());
    }

    public boolean isVoting() {
        return sitting.takesVotes(clock.instant());
    }

    /** The agenda's items to open a roll call on. */
    public List<CouncilReading.AgendaLine> getAgenda() {
        return councilReading.agenda(sitting.session());
    }

    public RollCall.Majority[] getMajorities() {
        return RollCall.Majority.values();
    }

    public SittingReading.Sitting getSitting() {
        return sitting;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public RollCall.Majority getMajority() {
        return majority;
    }

    public void setMajority(RollCall.Majority majority) {
        this.majority = majority;
    }

    public int getWindow() {
        return window;
    }

    public void setWindow(int window) {
        this.window = window;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
