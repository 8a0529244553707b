package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.VoteChannel;
import ua.hromada.budget.Voting;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.PageResponses;

/** A contest's results page: per category the winners under its rule and every project's votes, and the ballots by channel. */
@Named
@RequestScoped
public class ResultsView {
    @Inject
    ContestReading contests;

    @Inject
    ContestResults results;

    @Inject
    Voting voting;

    private long id;
    private Contest contest;
    private List<ContestResults.CategoryResult> categories = List.of();
    private Map<VoteChannel, Long> channels = Map.of();

    /** f:viewAction: 404 for no contest here, or before its results stage. */
    public void load() throws IOException {
        try {
            contest = contests.view(id);
            categories = results.of(id);
            channels = voting.channels(id);
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    /** A line's bar in the category's chart: its votes as a percentage of the most voted project's (the table beside it has the figures). */
    public long bar(ContestResults.CategoryResult result, ContestResults.Line line) {
        int most = result.lines().stream().mapToInt(ContestResults.Line::approvals).max().orElse(0);
        return most == 0 ? 0 : Math.round(100.0 * line.approvals() / most);
    }

    /** The category's budget taken by its winners, in percent, for its bar. */
    public long used(ContestResults.CategoryResult result) {
        return result.category().budget() == 0 ? 0 : Math.round(100.0 * result.funded() / result.category().budget());
    }

    public long getBallots() {
        return channels.values().stream().mapToLong(Long::longValue).sum();
    }

    public Contest getContest() {
        return contest;
    }

    public List<ContestResults.CategoryResult> getCategories() {
        return categories;
    }

    public List<Map.Entry<VoteChannel, Long>> getChannels() {
        return List.copyOf(channels.entrySet());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
