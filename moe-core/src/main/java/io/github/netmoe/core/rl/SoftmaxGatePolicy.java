package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.PlanException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link GatePolicy} backed by a {@link TrainedGate}: the classical mixture-of-experts baseline,
 * whose combination weights depend on the state rather than on the requirement. Every plan it makes
 * carries the gate's {@link io.github.netmoe.core.CombinationRule.LearnedGating} rule over the
 * experts it was trained with.
 *
 * <p>Immutable and thread-safe.
 */
public final class SoftmaxGatePolicy implements GatePolicy {
    private final TrainedGate gate;

    /**
     * @param gate the trained gate
     */
    public SoftmaxGatePolicy(TrainedGate gate) {
        this.gate = Arguments.requireNonNull("gate", gate);
    }

    /** @return the trained gate */
    public TrainedGate gate() {
        return gate;
    }

    /**
     * {@inheritDoc}
     *
     * @throws PlanException if an expert the gate was trained over is not available, or the catalogue
     *     does not know the gate's objectives
     */
    @Override
    public GatePlan plan(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        Arguments.requireNonNull("requirement", requirement);
        Arguments.requireNonNull("catalogue", catalogue);
        Arguments.requireNonNull("experts", experts);
        Set<String> available = experts.stream().map(ExpertDescriptor::id).collect(Collectors.toSet());
        List<String> missing = gate.experts().stream().filter(id -> !available.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new PlanException("the trained gate combines experts " + gate.experts() + " but " + missing
                    + " are not available; available: " + available);
        }
        for (String id : gate.objectives()) {
            if (catalogue.objective(id).isEmpty() && catalogue.composition(id).isEmpty()) {
                throw new PlanException("the trained gate's objective '" + id + "' is not in catalogue "
                        + catalogue.environmentId());
            }
        }
        return gate.plan(requirement);
    }

    @Override
    public String toString() {
        return "SoftmaxGatePolicy[" + gate.experts() + "]";
    }
}
