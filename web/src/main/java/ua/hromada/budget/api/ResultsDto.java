package ua.hromada.budget.api;

import java.util.List;
import java.util.Map;
import ua.hromada.budget.ContestResults;
import ua.hromada.budget.VoteChannel;

/** A contest's results: the ballots by channel and, per category, its voters and each project's votes and outcome (kopecks). */
public record ResultsDto(long contest, String rule, Map<String, Long> ballotsByChannel, long ballots, List<CategoryDto> categories) {
    /** {@code winners}: the winning project numbers by each rule, the contest's own and the other for comparison. */
    public record CategoryDto(long id, String name, long budget, int voters, long funded, List<LineDto> projects,
            Map<String, List<String>> winners) {
    }

    public record LineDto(long id, String number, String title, long cost, int votes, boolean winner) {
    }

    static ResultsDto of(long contest, String rule, Map<VoteChannel, Long> channels, List<ContestResults.CategoryResult> results) {
        Map<String, Long> byChannel = new java.util.LinkedHashMap<>();
        channels.forEach((channel, count) -> byChannel.put(channel.name(), count));
        return new ResultsDto(contest, rule, byChannel, channels.values().stream().mapToLong(Long::longValue).sum(), results.stream()
                .map(r -> new CategoryDto(r.category().id(), r.category().name(), r.category().budget(), r.voters(), r.funded(),
                        r.lines().stream().map(l -> new LineDto(l.project().id(), l.project().number(), l.project().title(),
                                l.project().cost(), l.approvals(), l.winner())).toList(), Map.of(rule, r.lines().stream()
                                .filter(ContestResults.Line::winner).map(l -> l.project().number()).toList(), r.otherRule().name(),
                                r.otherRuleWinners()))).toList());
    }
}
