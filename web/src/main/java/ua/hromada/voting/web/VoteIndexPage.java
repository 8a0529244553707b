package ua.hromada.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.voting.Vote;
import ua.hromada.voting.VoteReading;

/** The public list of the community's votes; request-scoped, so an anonymous reader gets no session. */
@Named
@RequestScoped
public class VoteIndexPage {
    @Inject
    VoteReading reading;

    private List<Vote> votes;

    /** f:viewAction. */
    public void load() {
        votes = reading.all();
    }

    public List<Vote> getVotes() {
        return votes;
    }
}
