package io.github.netmoe.benchmarks.gate;

import io.github.netmoe.core.CombinationRule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, order-independent text of a rule's structure, as the phrasing table writes it:
 * {@code SUM(a-goal,b-avoid-trap)}, {@code PRODUCT(dr-expert,op-expert)}, {@code MIN(...)},
 * {@code STAGED(!prizeCollected:MIN(b-avoid-trap,c-prize);MIN(a-goal,b-avoid-trap))},
 * {@code PRICED(PRODUCT(dr-expert,op-expert))}. Experts are
 * sorted inside each rule; weights are left out (every expected plan has equal weights, which
 * {@link #equalWeights(CombinationRule)} checks).
 */
final class RuleSignature {
    private RuleSignature() {
    }

    static String of(CombinationRule rule) {
        if (rule instanceof CombinationRule.WeightedSum s) {
            return "SUM(" + sorted(List.copyOf(s.weights().keySet())) + ")";
        }
        if (rule instanceof CombinationRule.WeightedProduct p) {
            return "PRODUCT(" + sorted(List.copyOf(p.weights().keySet())) + ")";
        }
        if (rule instanceof CombinationRule.Minimum m) {
            return "MIN(" + sorted(m.experts()) + ")";
        }
        if (rule instanceof CombinationRule.Staged st) {
            String stages = st.stages().stream().map(s -> s.label() + ":" + of(s.rule())).collect(Collectors.joining(";"));
            return "STAGED(" + stages + ";" + of(st.otherwise()) + ")";
        }
        if (rule instanceof CombinationRule.ActionUtility u) {
            return "PRICED(" + of(u.inner()) + ")";
        }
        return "LEARNED(" + sorted(rule.experts()) + ")";
    }

    static boolean equalWeights(CombinationRule rule) {
        if (rule instanceof CombinationRule.WeightedSum s) {
            return equal(List.copyOf(s.weights().values()));
        }
        if (rule instanceof CombinationRule.WeightedProduct p) {
            return equal(List.copyOf(p.weights().values()));
        }
        if (rule instanceof CombinationRule.ActionUtility u) {
            return equalWeights(u.inner());
        }
        if (rule instanceof CombinationRule.Staged st) {
            return st.stages().stream().allMatch(s -> equalWeights(s.rule())) && equalWeights(st.otherwise());
        }
        return true;
    }

    private static boolean equal(List<Double> weights) {
        return weights.stream().allMatch(w -> Math.abs(w - weights.get(0)) < 1e-12);
    }

    private static String sorted(List<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(","));
    }
}
