package io.github.netmoe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.nn.Mlp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision engine's contract: audit trail, validation of plans, experts and arguments. */
class MixtureOfExpertsTest {
    private final ToyEnvironment env = new ToyEnvironment(3);
    private final TableExpert x = TableExpert.constant("x", Normalisation.minMax(), 0.0, 10.0, 5.0);
    private final TableExpert y = TableExpert.constant("y", Normalisation.minMax(), 3.0, 1.0, 2.0);
    private final MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(env, List.of(x, y));

    @Test
    void decisionCarriesTheAuditTrail() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("x", 1.0);
        w.put("y", 3.0);
        GatePlan plan = new GatePlan("req", List.of("x"), List.of("x", "y"), CombinationRule.weightedSum(w),
                new PlanRationale("read as x", "x and y", "sum"), "manual");
        Decision d = moe.decide(0, plan);
        // normalised x = [0, 1, 0.5], y = [1, 0, 0.5]; scores = 0.25 x + 0.75 y = [0.75, 0.25, 0.5]
        assertThat(d.scores()).containsExactly(0.75, 0.25, 0.5);
        assertThat(d.action()).isZero();
        assertThat(d.plan()).isSameAs(plan);
        assertThat(d.plan().rationale().expertSelection()).isEqualTo("x and y");
        assertThat(d.evaluations()).hasSize(2);
        assertThat(d.evaluations().get(0).raw()).containsExactly(0.0, 10.0, 5.0);
        assertThat(d.evaluations().get(0).normalised()).containsExactly(0.0, 1.0, 0.5);
        assertThat(d.evaluations().get(0).weight()).isEqualTo(0.25);
        assertThat(d.evaluations().get(0).preferredAction()).isEqualTo(1);
        assertThat(d.stage()).isEmpty();
    }

    @Test
    void decisionArraysAreDefensiveCopies() {
        Decision d = moe.decide(0, GatePlan.manual("r", List.of(), CombinationRule.equalSum("x")));
        d.scores()[0] = 99;
        d.evaluations().get(0).raw()[0] = 99;
        assertThat(d.scores()[0]).isNotEqualTo(99);
        assertThat(d.evaluations().get(0).raw()[0]).isZero();
    }

    @Test
    void equalPlansShareTheirIdAndDifferentPlansDoNot() {
        GatePlan a = GatePlan.manual("r", List.of(), CombinationRule.equalSum("x", "y"));
        GatePlan b = GatePlan.manual("r", List.of(), CombinationRule.equalSum("x", "y"));
        GatePlan c = GatePlan.manual("r", List.of(), CombinationRule.equalProduct("x", "y"));
        assertThat(a.id()).isEqualTo(b.id()).hasSize(16);
        assertThat(a.id()).isNotEqualTo(c.id());
    }

    @Test
    void learnedGatingWeighsExpertsByTheGateNetwork() {
        // one linear layer: logits = W f + b with f = (state, 1); logit_x = 0, logit_y = state * ln 3
        Mlp gate = new Mlp(new int[] {2, 2}, new double[][] {{0, 0, Math.log(3), 0}}, new double[][] {{0, 0}},
                Mlp.Activation.RELU);
        GatePlan plan = GatePlan.manual("g", List.of(), new CombinationRule.LearnedGating(List.of("x", "y"), gate));
        Decision d = moe.decide(1, plan);
        assertThat(d.evaluations().get(0).weight()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(d.evaluations().get(1).weight()).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(d.action()).isZero();
    }

    @Test
    void actionUtilityPricesTheCombinedEstimate() {
        TableExpert p = TableExpert.constant("p", Normalisation.identity(), 0.5, 0.8, 0.9);
        TableExpert q = TableExpert.constant("q", Normalisation.identity(), 2.0, 3.0, 4.0);
        MixtureOfExperts<Integer> m = new MixtureOfExperts<>(env, List.of(p, q));
        // products 1.0, 2.4, 3.6; utility 0.5 * product - cost with costs 0, 0.5, 1.2 -> 0.5, 0.7, 0.6
        GatePlan plan = GatePlan.manual("u", List.of(), new CombinationRule.ActionUtility(
                CombinationRule.equalProduct("p", "q"), 0.5, new double[] {0, 0.5, 1.2}));
        Decision d = m.decide(0, plan);
        assertThat(d.scores()).containsExactly(new double[] {0.5, 0.7, 0.6}, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(d.action()).isEqualTo(1);
        GatePlan wrongLength = GatePlan.manual("u", List.of(), new CombinationRule.ActionUtility(
                CombinationRule.equalProduct("p", "q"), 0.5, new double[] {0, 0.5}));
        assertThatThrownBy(() -> m.decide(0, wrongLength)).isInstanceOf(PlanException.class)
                .hasMessageContaining("prices 2 actions but the environment has 3");
        assertThatThrownBy(() -> new CombinationRule.ActionUtility(CombinationRule.equalSum("p"), 0,
                new double[] {1})).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("gain = 0.0");
    }

    @Test
    void rejectsAnEmptyExpertSetAndDuplicateIds() {
        assertThatThrownBy(() -> new MixtureOfExperts<>(env, List.of())).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("experts");
        assertThatThrownBy(() -> new MixtureOfExperts<>(env, List.of(x, x)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'x' appears twice");
    }

    @Test
    void rejectsBadWeights() {
        assertThatThrownBy(() -> CombinationRule.weightedSum(Map.of("x", Double.NaN)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("NaN").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> CombinationRule.weightedSum(Map.of("x", -1.0)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> CombinationRule.weightedProduct(Map.of("x", 0.0)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("positive, finite sum");
        assertThatThrownBy(() -> CombinationRule.weightedSum(Map.of()))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> CombinationRule.minimum())
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("experts");
    }

    @Test
    void rejectsPlansThatDoNotFitTheMixture() {
        GatePlan unknownExpert = GatePlan.manual("r", List.of(), CombinationRule.equalSum("x", "z"));
        assertThatThrownBy(() -> moe.decide(0, unknownExpert)).isInstanceOf(PlanException.class)
                .hasMessageContaining("'z'").hasMessageContaining("[x, y]");
        GatePlan unknownCondition = GatePlan.manual("r", List.of(), CombinationRule.Staged.beforeAfter("odd",
                CombinationRule.equalSum("x"), CombinationRule.equalSum("y")));
        assertThatThrownBy(() -> moe.decide(0, unknownCondition)).isInstanceOf(PlanException.class)
                .hasMessageContaining("'odd'");
        assertThatThrownBy(() -> new GatePlan("r", List.of(), List.of("x"), CombinationRule.equalSum("x", "y"),
                PlanRationale.none(), "manual")).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("exactly the experts");
    }

    @Test
    void rejectsWrongLengthAndNonFiniteEvaluations() {
        TableExpert shortExpert = TableExpert.constant("s", Normalisation.identity(), 1.0, 2.0);
        TableExpert nanExpert = TableExpert.constant("n", Normalisation.identity(), 1.0, Double.NaN, 0.0);
        MixtureOfExperts<Integer> bad = new MixtureOfExperts<>(env, List.of(shortExpert, nanExpert));
        assertThatThrownBy(() -> bad.decide(0, GatePlan.manual("r", List.of(), CombinationRule.equalSum("s"))))
                .isInstanceOf(ExpertEvaluationException.class).hasMessageContaining("'s' returned 2 evaluations")
                .hasMessageContaining("3 actions");
        assertThatThrownBy(() -> bad.decide(0, GatePlan.manual("r", List.of(), CombinationRule.equalSum("n"))))
                .isInstanceOf(ExpertEvaluationException.class).hasMessageContaining("action 1 as NaN");
    }

    @Test
    void productRejectsNegativeNormalisedValues() {
        TableExpert negative = TableExpert.constant("neg", Normalisation.identity(), -1.0, 2.0, 3.0);
        MixtureOfExperts<Integer> m = new MixtureOfExperts<>(env, List.of(negative));
        assertThatThrownBy(() -> m.decide(0, GatePlan.manual("r", List.of(), CombinationRule.equalProduct("neg"))))
                .isInstanceOf(ExpertEvaluationException.class).hasMessageContaining("-1.0 for action 0");
    }

    @Test
    void rejectsAnActionOutsideTheRangeAndNullArguments() {
        assertThatThrownBy(() -> env.step(0, 3, null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("action = 3 must be in [0, 2]");
        assertThatThrownBy(() -> new Decision(5, new double[3], List.of(), "", GatePlan.manual("r", List.of(),
                CombinationRule.equalSum("x")))).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("action = 5 must be in [0, 2]");
        assertThatThrownBy(() -> moe.decide(null, GatePlan.manual("r", List.of(), CombinationRule.equalSum("x"))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> moe.decide(0, null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("plan");
    }

    @Test
    void normalisationsValidateTheirParameters() {
        assertThatThrownBy(() -> Normalisation.softmax(0)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("temperature = 0.0 must be finite and > 0");
        assertThatThrownBy(() -> new Normalisation.Affine(new double[] {Double.NaN}, new double[] {0}))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("gain[0] = NaN must be finite");
        assertThat(Normalisation.minMax().apply(new double[] {2, 2, 2})).containsExactly(1, 1, 1);
        Normalisation floored = new Normalisation.Affine(new double[] {2}, new double[] {1, 0, -1}, 0.0);
        assertThat(floored.apply(new double[] {1, -1, 0.25})).containsExactly(3, 0, 0);
        assertThatThrownBy(() -> new Normalisation.Affine(new double[] {1}, new double[] {0}, Double.NaN))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("floor = NaN");
    }

    @Test
    void plansComeFromTheGateWithTheEnvironmentsCatalogue() {
        GatePolicy gate = (requirement, catalogue, experts) -> {
            assertThat(catalogue).isSameAs(ToyEnvironment.CATALOGUE);
            assertThat(experts).extracting(ExpertDescriptor::id).containsExactly("x", "y");
            return GatePlan.manual(requirement, List.of("x"), CombinationRule.equalSum("y"));
        };
        GatePlan plan = moe.plan(gate, "anything");
        assertThat(moe.decide(0, plan).action()).isZero();
        assertThatThrownBy(() -> moe.plan(gate, " ")).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("requirement");
    }
}
