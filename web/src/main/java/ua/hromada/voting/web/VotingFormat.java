package ua.hromada.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import ua.hromada.core.web.TenantContext;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.voting.Vote;
import ua.hromada.voting.VoteKind;
import ua.hromada.voting.VoteOption;

/** How voting pages show a moment, a vote's state and a choice: in the page's language and the community's time zone. */
@Named
@RequestScoped
public class VotingFormat {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    public String when(Instant instant) {
        return instant == null ? "" : language.format(instant, tenant.require().zone());
    }

    /** The message key of the vote's state now: upcoming, open, counting (its time passed, the close is due) or closed. */
    public String state(Vote vote) {
        Instant now = clock.instant();
        if (vote.isClosed()) {
            return "voting.state.closed";
        }
        if (now.isBefore(vote.opensAt())) {
            return "voting.state.upcoming";
        }
        return now.isBefore(vote.closesAt()) ? "voting.state.open" : "voting.state.counting";
    }

    /** A choice as the ballot shows it: for, against, abstain, or the option's label. */
    public String choice(Vote vote, int choice) {
        if (vote.kind() == VoteKind.QUESTION) {
            return Messages.text(language.getLocale(), "voting.choice." + choice);
        }
        return vote.options().stream().filter(o -> o.number() == choice).map(VoteOption::label).findFirst().orElse("");
    }
}
