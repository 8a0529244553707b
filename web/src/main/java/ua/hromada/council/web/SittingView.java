package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilSittings;
import ua.hromada.council.DeputyVote;
import ua.hromada.council.SittingReading;

/**
 * A deputy's seat at a session's sitting, on the phone: register (in the hall or remote), see the
 * quorum, vote in the roll call the chair opened, and see each item's result.
 */
@Named
@ViewScoped
public class SittingView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SittingReading reading;

    @Inject
    CouncilSittings sittings;

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
    private Optional<Boolean> registration = Optional.empty();
    private DeputyVote.Choice myVote;

    /** f:viewAction: deputies only (sign in first; 403 for others). */
    public void load() throws IOException {
        if (admission.admit(CouncilAction.ATTEND, "/council/sittings/" + id) && sitting == null) {
            refresh();
        }
    }

    public void register(boolean remote) {
        Messages.attempt(language.getLocale(), remote ? "council.sitting.registered.remote" : "council.sitting.registered.hall",
                () -> sittings.register(id, remote));
        refresh();
    }

    public void vote(String choice) {
        long rollCall = sitting.running().map(r -> r.rollCall().id()).orElse(0L);
        Messages.attempt(language.getLocale(), "council.vote.cast", () -> sittings.cast(rollCall, DeputyVote.Choice.valueOf(choice)));
        refresh();
    }

    /** The refresh button: the chair may have opened or closed a roll call meanwhile. */
    public void refresh() {
        sitting = reading.sitting(id);
        registration = reading.myRegistration(id);
        myVote = sitting.running().flatMap(r -> reading.myVote(r.rollCall().id())).orElse(null);
    }

    /** Whether registration and votes are taken now (the session's day). */
    public boolean isSittingNow() {
        return sitting.session().isSitting(clock.instant(), tenant.require().zone());
    }

    /** Whether the running roll call still takes votes (its window runs). */
    public boolean isVoting() {
        return sitting.takesVotes(clock.instant());
    }

    public SittingReading.Sitting getSitting() {
        return sitting;
    }

    public boolean isRegistered() {
        return registration.isPresent();
    }

    public boolean isRemote() {
        return registration.orElse(false);
    }

    public DeputyVote.Choice getMyVote() {
        return myVote;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
