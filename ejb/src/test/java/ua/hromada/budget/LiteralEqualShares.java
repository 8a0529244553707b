package ua.hromada.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The Method of Equal Shares written as the issue states it, voter by voter and slowly, for the
 * tests to hold the grouped implementation against.
 */
final class LiteralEqualShares {
    private LiteralEqualShares() {
    }

    static List<String> select(ApprovalElection e) {
        int m = e.projects().size();
        BigDecimal all = BigDecimal.ZERO;
        for (int p = 0; p < m; p++) {
            all = all.add(e.cost(p));
        }
        List<Integer> order = e.inVotesOrder();
        if (all.compareTo(e.budget()) <= 0) {
            return order.stream().map(e::number).toList();
        }
        Set<Integer> w;
        if (e.voters() == 0) {
            w = mes(e, BigFraction.ZERO);
        } else {
            BigInteger b = e.budget().divide(BigDecimal.valueOf(e.voters()), 0, RoundingMode.FLOOR).toBigInteger();
            w = mes(e, BigFraction.of(b));
            while (!exhaustive(e, w)) {
                Set<Integer> next = mes(e, BigFraction.of(b.add(BigInteger.ONE)));
                if (cost(e, next).compareTo(e.budget()) > 0) {
                    break;
                }
                b = b.add(BigInteger.ONE);
                w = next;
            }
        }
        List<String> result = new ArrayList<>(w.stream().map(e::number).toList());
        BigDecimal left = e.budget().subtract(cost(e, w));
        for (int p : order) {
            if (!w.contains(p) && e.cost(p).compareTo(left) <= 0) {
                left = left.subtract(e.cost(p));
                result.add(e.number(p));
            }
        }
        return result;
    }

    private static boolean exhaustive(ApprovalElection e, Set<Integer> w) {
        for (int p = 0; p < e.projects().size(); p++) {
            if (!w.contains(p) && e.approvals(p) > 0 && e.cost(p).signum() > 0
                    && cost(e, w).add(e.cost(p)).compareTo(e.budget()) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal cost(ApprovalElection e, Set<Integer> w) {
        return w.stream().map(e::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Set<Integer> mes(ApprovalElection e, BigFraction b) {
        BigFraction[] money = new BigFraction[e.voters()];
        Arrays.fill(money, b);
        Set<Integer> w = new LinkedHashSet<>();
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < e.projects().size(); p++) {
            if (e.cost(p).signum() == 0) {
                w.add(p);
            } else if (e.approvals(p) > 0) {
                candidates.add(p);
            }
        }
        while (true) {
            Integer best = null;
            BigFraction bestQ = null;
            BigFraction bestEvc = null;
            for (Integer p : new ArrayList<>(candidates)) {
                BigFraction cost = EqualShares.exactly(e.cost(p));
                Integer[] s = Arrays.stream(e.supporters(p)).boxed().sorted(Comparator.comparing(i -> money[i])).toArray(Integer[]::new);
                BigFraction sum = BigFraction.ZERO;
                for (int i : s) {
                    sum = sum.add(money[i]);
                }
                if (sum.compareTo(cost) < 0) {
                    candidates.remove(p);
                    continue;
                }
                BigFraction paid = BigFraction.ZERO;
                int k = s.length;
                BigFraction q = null;
                for (int i : s) {
                    q = cost.subtract(paid).divide(BigFraction.of(k));
                    if (q.compareTo(money[i]) > 0) {
                        paid = paid.add(money[i]);
                        k--;
                    } else {
                        break;
                    }
                }
                BigFraction evc = cost.divide(q);
                boolean better = best == null || evc.compareTo(bestEvc) > 0
                        || evc.compareTo(bestEvc) == 0 && (e.cost(p).compareTo(e.cost(best)) < 0
                                || e.cost(p).compareTo(e.cost(best)) == 0 && (e.approvals(p) > e.approvals(best)
                                        || e.approvals(p) == e.approvals(best)
                                                && ProjectNumbers.ORDER.compare(e.number(p), e.number(best)) < 0));
                if (better) {
                    best = p;
                    bestQ = q;
                    bestEvc = evc;
                }
            }
            if (best == null) {
                return w;
            }
            candidates.remove(best);
            w.add(best);
            for (int i : e.supporters(best)) {
                money[i] = money[i].subtract(money[i].compareTo(bestQ) < 0 ? money[i] : bestQ);
            }
        }
    }
}
