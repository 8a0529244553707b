package ua.hromada.budget.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.Voting;

/** A contest's results as the public API answers them, for the results endpoint and the operators' command-line import alike. */
@ApplicationScoped
public class PublicResults {
    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    ContestResults results;

    /** Anyone who may see the contest, in its community (the current tenant). */
    public ResultsDto of(long contest) {
        return ResultsDto.of(contest, contests.view(contest).rule().name(), voting.channels(contest), results.of(contest));
    }
}
