package io.github.netmoe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Mathematical laws of the combination rules and normalisations, checked on random evaluations.
 * Evaluations are drawn on a 0.01 grid in [-100, 100] so that distinct values stay distinct after
 * normalisation (ties are resolved to the lowest index by every path alike).
 */
class CombinationRulePropertiesTest {
    private static final int ACTIONS = 7;

    @Provide
    Arbitrary<double[]> evaluations() {
        return Arbitraries.integers().between(-10_000, 10_000).map(i -> i / 100.0).array(double[].class)
                .ofSize(ACTIONS);
    }

    @Provide
    Arbitrary<double[]> positiveEvaluations() {
        return Arbitraries.integers().between(1, 10_000).map(i -> i / 100.0).array(double[].class).ofSize(ACTIONS);
    }

    @Provide
    Arbitrary<Map<String, Double>> weights() {
        return Arbitraries.doubles().between(0.0, 1e6).list().ofMinSize(1).ofMaxSize(6)
                .filter(l -> l.stream().mapToDouble(Double::doubleValue).sum() > 0)
                .map(l -> {
                    Map<String, Double> m = new LinkedHashMap<>();
                    for (int i = 0; i < l.size(); i++) {
                        m.put("e" + i, l.get(i));
                    }
                    return m;
                });
    }

    @Provide
    Arbitrary<Normalisation> orderPreserving() {
        return Arbitraries.of(Normalisation.identity(), Normalisation.minMax(), Normalisation.softmax(0.5),
                Normalisation.softmax(25.0), Normalisation.affine(3.0, -7.0));
    }

    @Property
    void sumWeightsAreNormalisedAndProportional(@ForAll("weights") Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> normalised = CombinationRule.weightedSum(weights).weights();
        assertThat(normalised.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        weights.forEach((id, w) -> assertThat(normalised.get(id)).isCloseTo(w / total, within(1e-15)));
        assertThat(List.copyOf(normalised.keySet())).isEqualTo(List.copyOf(weights.keySet()));
        // the product keeps its exponents: unit exponents give the plain product (TP = (1 - OP) * DR)
        assertThat(CombinationRule.weightedProduct(weights).weights()).isEqualTo(weights);
    }

    @Property
    void scalingEveryProductExponentKeepsTheRanking(@ForAll("positiveEvaluations") double[] x,
                                                    @ForAll("positiveEvaluations") double[] y,
                                                    @ForAll @DoubleRange(min = 0.01, max = 100) double c) {
        Map<String, Double> unit = new LinkedHashMap<>();
        unit.put("x", 1.0);
        unit.put("y", 1.0);
        Map<String, Double> scaled = new LinkedHashMap<>();
        scaled.put("x", c);
        scaled.put("y", c);
        Decision plain = decideTwo(Normalisation.identity(), x, y, CombinationRule.weightedProduct(unit));
        Decision powered = decideTwo(Normalisation.identity(), x, y, CombinationRule.weightedProduct(scaled));
        for (int a = 0; a < ACTIONS; a++) {
            assertThat(plain.scores()[a]).isCloseTo(x[a] * y[a], within(1e-12 * x[a] * y[a]));
        }
        // same ranking: the plain product's winner is also a winner (up to rounding) of the powered one;
        // exact ties such as 2 * 3 = 3 * 2 may be broken either way by rounding
        double best = java.util.Arrays.stream(powered.scores()).max().orElseThrow();
        assertThat(powered.scores()[plain.action()]).isCloseTo(best, within(1e-9 * best));
        assertThat(plain.scores()[powered.action()]).isCloseTo(plain.scores()[plain.action()],
                within(1e-9 * plain.scores()[plain.action()]));
    }

    @Property
    void oneExpertAloneReproducesItsArgmax(@ForAll("evaluations") double[] values,
                                           @ForAll("orderPreserving") Normalisation normalisation) {
        MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(new ToyEnvironment(ACTIONS),
                List.of(TableExpert.constant("e", normalisation, values)));
        int expected = argmaxIndependently(values);
        assertThat(moe.decide(0, GatePlan.manual("sum", List.of(), CombinationRule.equalSum("e"))).action())
                .isEqualTo(expected);
        assertThat(moe.decide(0, GatePlan.manual("min", List.of(), CombinationRule.minimum("e"))).action())
                .isEqualTo(expected);
    }

    @Property
    void productOfOneMinMaxOrSoftmaxExpertReproducesItsArgmax(@ForAll("evaluations") double[] values) {
        int expected = argmaxIndependently(values);
        for (Normalisation n : List.of(Normalisation.minMax(), Normalisation.softmax(10.0))) {
            MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(new ToyEnvironment(ACTIONS),
                    List.of(TableExpert.constant("e", n, values)));
            assertThat(moe.decide(0, GatePlan.manual("prod", List.of(), CombinationRule.equalProduct("e"))).action())
                    .isEqualTo(expected);
        }
    }

    @Property
    void productRanksActionsLikeTheWeightedSumOfLogs(@ForAll("positiveEvaluations") double[] x,
                                                    @ForAll("positiveEvaluations") double[] y,
                                                    @ForAll @DoubleRange(min = 0.01, max = 3) double wx,
                                                    @ForAll @DoubleRange(min = 0.01, max = 3) double wy) {
        MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(new ToyEnvironment(ACTIONS), List.of(
                TableExpert.constant("x", Normalisation.identity(), x),
                TableExpert.constant("y", Normalisation.identity(), y)));
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("x", wx);
        w.put("y", wy);
        double[] scores = moe.decide(0, GatePlan.manual("p", List.of(), CombinationRule.weightedProduct(w))).scores();
        double[] logSum = new double[ACTIONS];
        for (int a = 0; a < ACTIONS; a++) {
            logSum[a] = wx * Math.log(x[a]) + wy * Math.log(y[a]);
            // the score is the weighted product exp(logSum) itself
            assertThat(scores[a]).isCloseTo(Math.exp(logSum[a]), within(1e-11 * Math.exp(logSum[a])));
        }
        for (int a = 0; a < ACTIONS; a++) {
            for (int b = 0; b < ACTIONS; b++) {
                if (logSum[a] - logSum[b] > 1e-9) {
                    assertThat(scores[a]).isGreaterThan(scores[b]);
                }
            }
        }
    }

    @Property
    void minMaxRemovesPositiveAffineRescalingOfOneExpert(@ForAll("evaluations") double[] x,
                                                         @ForAll("evaluations") double[] y,
                                                         @ForAll @DoubleRange(min = 0.01, max = 1e3) double scale,
                                                         @ForAll @DoubleRange(min = -1e3, max = 1e3) double shift) {
        double[] rescaled = new double[ACTIONS];
        for (int a = 0; a < ACTIONS; a++) {
            rescaled[a] = scale * x[a] + shift;
        }
        for (CombinationRule rule : List.of(CombinationRule.equalSum("x", "y"), CombinationRule.minimum("x", "y"),
                CombinationRule.equalProduct("x", "y"))) {
            Decision original = decideTwo(Normalisation.minMax(), x, y, rule);
            Decision transformed = decideTwo(Normalisation.minMax(), rescaled, y, rule);
            assertThat(transformed.scores()).containsExactly(original.scores(), within(1e-9));
            assertThat(transformed.action()).isEqualTo(original.action());
        }
    }

    @Property
    void softmaxRemovesShiftsOfOneExpert(@ForAll("evaluations") double[] x, @ForAll("evaluations") double[] y,
                                         @ForAll @DoubleRange(min = -1e3, max = 1e3) double shift) {
        double[] shifted = new double[ACTIONS];
        for (int a = 0; a < ACTIONS; a++) {
            shifted[a] = x[a] + shift;
        }
        CombinationRule rule = CombinationRule.equalSum("x", "y");
        Decision original = decideTwo(Normalisation.softmax(20.0), x, y, rule);
        Decision transformed = decideTwo(Normalisation.softmax(20.0), shifted, y, rule);
        assertThat(transformed.scores()).containsExactly(original.scores(), within(1e-12));
        assertThat(transformed.action()).isEqualTo(original.action());
    }

    @Property
    void minimumIsTheSmallestNormalisedValue(@ForAll("evaluations") double[] x, @ForAll("evaluations") double[] y) {
        Decision d = decideTwo(Normalisation.identity(), x, y, CombinationRule.minimum("x", "y"));
        for (int a = 0; a < ACTIONS; a++) {
            assertThat(d.scores()[a]).isEqualTo(Math.min(x[a], y[a]));
        }
    }

    @Property
    void stagedRuleSwitchesExactlyWhenItsConditionFlips(@ForAll("evaluations") double[] x,
                                                        @ForAll("evaluations") double[] y,
                                                        @ForAll @IntRange(min = 0, max = 1000) int state) {
        MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(new ToyEnvironment(ACTIONS), List.of(
                TableExpert.constant("x", Normalisation.identity(), x),
                TableExpert.constant("y", Normalisation.identity(), y)));
        GatePlan plan = GatePlan.manual("staged", List.of(), CombinationRule.Staged.beforeAfter("even",
                CombinationRule.equalSum("x"), CombinationRule.equalSum("y")));
        for (int s : new int[] {state, state + 1}) {
            Decision d = moe.decide(s, plan);
            boolean even = s % 2 == 0;
            assertThat(d.action()).isEqualTo(argmaxIndependently(even ? y : x));
            assertThat(d.stage()).isEqualTo(even ? "otherwise" : "!even");
            assertThat(d.evaluations()).extracting(ExpertEvaluation::expertId).containsExactly(even ? "y" : "x");
        }
    }

    @Property
    void weightedSumIsTheWeightedAverage(@ForAll("evaluations") double[] x, @ForAll("evaluations") double[] y,
                                         @ForAll @DoubleRange(min = 0.0, max = 10) double wx,
                                         @ForAll @DoubleRange(min = 0.01, max = 10) double wy) {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("x", wx);
        w.put("y", wy);
        Decision d = decideTwo(Normalisation.identity(), x, y, CombinationRule.weightedSum(w));
        for (int a = 0; a < ACTIONS; a++) {
            double expected = (wx * x[a] + wy * y[a]) / (wx + wy);
            assertThat(d.scores()[a]).isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
        }
    }

    private static Decision decideTwo(Normalisation n, double[] x, double[] y, CombinationRule rule) {
        MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(new ToyEnvironment(ACTIONS), List.of(
                TableExpert.constant("x", n, x), TableExpert.constant("y", n, y)));
        return moe.decide(0, GatePlan.manual("r", List.of(), rule));
    }

    private static int argmaxIndependently(double[] values) {
        int best = 0;
        for (int a = 0; a < values.length; a++) {
            if (values[a] > values[best]) {
                best = a;
            }
        }
        return best;
    }
}
