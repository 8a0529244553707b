package ua.hromada.budget;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/** What a rule chose, in the order it chose: each winner with its approvals and how it was paid. */
public record Selection(SelectionRule rule, List<Winner> winners, BigDecimal budget) {
    /**
     * {@code equalShare}: under the Method of Equal Shares, what each supporter with money enough
     * paid (those with less paid all they had); null where the project was taken by the votes
     * order (the rule by votes, or the completion of equal shares).
     */
    public record Winner(String number, BigDecimal cost, int approvals, BigFraction equalShare) {
    }

    public Selection {
        winners = List.copyOf(winners);
    }

    public BigDecimal used() {
        return winners.stream().map(Winner::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<String> numbers() {
        return winners.stream().map(Winner::number).toList();
    }
}
