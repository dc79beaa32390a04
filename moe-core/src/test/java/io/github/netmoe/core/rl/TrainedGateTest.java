package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.PlanException;
import io.github.netmoe.core.nn.Mlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trained gate's plan, weights and policy. */
class TrainedGateTest {
    private static final Corridor CORRIDOR = new Corridor(5);
    private static final LearningCurve EMPTY = new LearningCurve("softmax-gate", List.of());

    private static TrainedGate gate() {
        return new TrainedGate(List.of("left", "right"), List.of("goal"), Models.randomMlp(2, Mlp.Activation.TANH, 5, 4, 2),
                SoftmaxGateConfig.builder().seed(77).build(), EMPTY);
    }

    private static List<ExpertDescriptor> descriptors(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> ExpertDescriptor.of(id, id, List.of("goal"), "preference", Normalisation.minMax())).toList();
    }

    @Test
    void planCarriesTheLearnedGatingRule() {
        TrainedGate gate = gate();
        GatePlan plan = gate.policy().plan("walk", CORRIDOR.objectives(), descriptors("left", "right", "other"));
        assertThat(plan.rule()).isEqualTo(new CombinationRule.LearnedGating(List.of("left", "right"), gate.network()));
        assertThat(plan.experts()).containsExactly("left", "right");
        assertThat(plan.objectives()).containsExactly("goal");
        assertThat(plan.gate()).isEqualTo(TrainedGate.GATE_NAME);
        assertThat(plan.requirement()).isEqualTo("walk");
        assertThat(plan.rationale().combination()).contains("seed 77");
    }

    @Test
    void weightsAreTheSoftmaxOfTheNetwork() {
        TrainedGate gate = gate();
        double[] x = CORRIDOR.features(2);
        double[] logits = gate.network().forward(x);
        double[] g = gate.weights(x);
        assertThat(g[0] + g[1]).isCloseTo(1.0, within(1e-15));
        assertThat(Math.log(g[0] / g[1])).isCloseTo(logits[0] - logits[1], within(1e-12));
    }

    @Test
    void rejectsANetworkWhoseOutputsDoNotMatchTheExperts() {
        assertThatThrownBy(() -> new TrainedGate(List.of("a", "b", "c"), List.of(),
                Models.randomMlp(2, Mlp.Activation.TANH, 5, 4, 2), SoftmaxGateConfig.defaults(), EMPTY))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("2 outputs");
    }

    @Test
    void policyRefusesObjectivesTheCatalogueDoesNotKnow() {
        TrainedGate gate = new TrainedGate(List.of("left", "right"), List.of("teleport"),
                Models.randomMlp(2, Mlp.Activation.TANH, 5, 4, 2), SoftmaxGateConfig.defaults(), EMPTY);
        assertThatThrownBy(() -> gate.policy().plan("walk", CORRIDOR.objectives(), descriptors("left", "right")))
                .isInstanceOf(PlanException.class).hasMessageContaining("'teleport'");
    }
}
