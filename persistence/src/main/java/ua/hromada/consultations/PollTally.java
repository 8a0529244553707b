package ua.hromada.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A poll's results from its grouped choice counts: for every question its respondents and, per
 * option, the count and share (choice questions), the first preferences and the Borda count
 * (ranking: an option ranked r-th of n earns n - r points), the mean and the distribution of
 * scores (scoring), and how many answered "other".
 */
public record PollTally(long respondents, List<QuestionResult> questions) {

    /** One option's figures; what does not apply to its question's type is zero. */
    public record OptionResult(PollOption option, long count, double share, long firstPreferences, long borda, double mean,
            List<Long> distribution) {
    }

    public record QuestionResult(PollQuestion question, long others, List<OptionResult> options) {
        /** The option first by Borda count (ranking) or by mean (scoring) or by count; null when no one answered. */
        public PollOption leader() {
            OptionResult best = null;
            for (OptionResult o : options) {
                if (best == null || weight(o) > weight(best)) {
                    best = o;
                }
            }
            return best == null || weight(best) == 0 ? null : best.option();
        }

        private double weight(OptionResult o) {
            return switch (question.type()) {
                case RANKING -> o.borda();
                case SCORING -> o.mean();
                default -> o.count();
            };
        }
    }

    /**
     * @param counts by option, by value, how many choices carry it
     * @param others by question, how many "other" answers it has
     */
    public static PollTally of(List<PollQuestion> questions, long respondents, Map<Long, Map<Integer, Long>> counts,
            Map<Long, Long> others) {
        List<QuestionResult> results = new ArrayList<>();
        for (PollQuestion q : questions) {
            int n = q.options().size();
            List<OptionResult> options = new ArrayList<>();
            for (PollOption o : q.options()) {
                Map<Integer, Long> byValue = counts.getOrDefault(o.id(), Map.of());
                long count = byValue.values().stream().mapToLong(Long::longValue).sum();
                double share = respondents == 0 ? 0 : (double) count / respondents;
                long first = 0;
                long borda = 0;
                double mean = 0;
                List<Long> distribution = List.of();
                if (q.type() == QuestionType.RANKING) {
                    first = byValue.getOrDefault(1, 0L);
                    for (Map.Entry<Integer, Long> e : byValue.entrySet()) {
                        borda += (long) (n - e.getKey()) * e.getValue();
                    }
                } else if (q.type() == QuestionType.SCORING) {
                    long sum = 0;
                    List<Long> d = new ArrayList<>();
                    for (int score = 1; score <= q.maxScore(); score++) {
                        long c = byValue.getOrDefault(score, 0L);
                        d.add(c);
                        sum += c * score;
                    }
                    distribution = List.copyOf(d);
                    mean = count == 0 ? 0 : (double) sum / count;
                }
                options.add(new OptionResult(o, count, share, first, borda, mean, distribution));
            }
            results.add(new QuestionResult(q, others.getOrDefault(q.id(), 0L), List.copyOf(options)));
        }
        return new PollTally(respondents, List.copyOf(results));
    }

    public QuestionResult of(PollQuestion question) {
        return questions.stream().filter(r -> r.question().id().equals(question.id())).findFirst().orElseThrow();
    }
}
