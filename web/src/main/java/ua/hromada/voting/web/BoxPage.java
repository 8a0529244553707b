package ua.hromada.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.voting.Vote;
import ua.hromada.voting.VoteReading;

/** A closed vote's public box, a page of ballots in chain order after {@code after}; request-scoped. */
@Named
@RequestScoped
public class BoxPage {
    @Inject
    VoteReading reading;

    private long id;
    private long after;
    private Vote vote;
    private List<VoteReading.BoxLine> lines;

    /** f:viewAction. */
    public void load() {
        vote = reading.vote(id);
        lines = reading.box(id, Math.max(0, after), VoteReading.BOX_PAGE + 1);
    }

    public List<VoteReading.BoxLine> getLines() {
        return lines.size() > VoteReading.BOX_PAGE ? lines.subList(0, VoteReading.BOX_PAGE) : lines;
    }

    /** The position to continue after, or null on the last page. */
    public Long getNext() {
        return lines.size() > VoteReading.BOX_PAGE ? lines.get(VoteReading.BOX_PAGE - 1).position() : null;
    }

    public Vote getVote() {
        return vote;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getAfter() {
        return after;
    }

    public void setAfter(long after) {
        this.after = after;
    }
}
