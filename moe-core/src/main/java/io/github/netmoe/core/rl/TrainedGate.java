package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanRationale;
import io.github.netmoe.core.nn.Mlp;
import java.util.Arrays;
import java.util.List;

/**
 * A trained softmax gate: the network {@code f} from state features to one logit per expert, the
 * experts it gates (in output order), the task objectives it was trained for, how it was trained and
 * its learning curve. {@link #rule()} and {@link #plan(String)} turn it into the plan that
 * {@link io.github.netmoe.core.MixtureOfExperts} executes; {@link #policy()} into a
 * {@link io.github.netmoe.core.GatePolicy}.
 *
 * @param experts the gated expert ids, distinct, in the order of the network's outputs
 * @param objectives the catalogue objective or composition ids of the task it was trained on
 * @param network the gate network {@code f}
 * @param config the training configuration (its seed included)
 * @param curve the learning curve of its training
 */
public record TrainedGate(List<String> experts, List<String> objectives, Mlp network, SoftmaxGateConfig config,
                          LearningCurve curve) {
    /** The {@link GatePlan#gate()} name of plans made by a trained gate. */
    public static final String GATE_NAME = "softmax-gate";

    /**
     * Validates and copies.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException if the network's output size differs from
     *     the number of experts, ids repeat, or a component is null
     */
    public TrainedGate {
        experts = List.copyOf(Arguments.requireNonEmpty("experts", experts));
        objectives = List.copyOf(Arguments.requireNonNull("objectives", objectives));
        Arguments.requireNonNull("network", network);
        Arguments.requireNonNull("config", config);
        Arguments.requireNonNull("curve", curve);
        rule(experts, network);
    }

    private static CombinationRule.LearnedGating rule(List<String> experts, Mlp network) {
        return new CombinationRule.LearnedGating(experts, network);
    }

    /** @return {@code s[a] = sum_i g_i(x) n_i[a]} with this gate's network */
    public CombinationRule.LearnedGating rule() {
        return rule(experts, network);
    }

    /**
     * @param features state features
     * @return the gate weights {@code softmax(f(features))}, summing to 1, in expert order
     */
    public double[] weights(double[] features) {
        return rule().gateWeights(features);
    }

    /**
     * The plan that executes this gate. The requirement text is recorded but does not change the plan:
     * a trained gate knows only the task it was trained on.
     *
     * @param requirement the requirement being served
     * @return a plan with a {@link CombinationRule.LearnedGating} rule, attributed to {@value #GATE_NAME}
     */
    public GatePlan plan(String requirement) {
        return new GatePlan(requirement, objectives, experts, rule(), rationale(), GATE_NAME);
    }

    /** @return this gate as a {@link io.github.netmoe.core.GatePolicy} */
    public SoftmaxGatePolicy policy() {
        return new SoftmaxGatePolicy(this);
    }

    private PlanRationale rationale() {
        return new PlanRationale(
                "A trained gate does not read the requirement: it was trained by policy gradient on the reward of"
                        + " the task " + objectives + ".",
                "The fixed experts it was trained over: " + experts + ".",
                "State-dependent weights g(x) = softmax(f(features(x))), f an MLP with layers "
                        + Arrays.toString(network.layerSizes()) + " trained for " + config.episodes()
                        + " episodes (seed " + config.seed() + "); score[a] = sum_i g_i(x) n_i[a] over the"
                        + " experts' normalised evaluations.");
    }
}
