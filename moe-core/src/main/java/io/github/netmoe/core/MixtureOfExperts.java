package io.github.netmoe.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of trained experts over one environment, and the engine that executes gate plans with them
 * (step 4 of the paper's pipeline, "decision execution"):
 *
 * <pre>{@code
 * MixtureOfExperts<S> moe = new MixtureOfExperts<>(env, List.of(goalExpert, trapExpert, prizeExpert));
 * GatePlan plan = moe.plan(gate, "Safely obtain the prize first, then arrive at the goal"); // once
 * Decision d = moe.decide(state, plan);                                                     // per step
 * }</pre>
 *
 * <p>For each decision, every expert the applicable rule uses evaluates the state, its descriptor's
 * {@link Normalisation} maps the evaluations to comparable values, the {@link CombinationRule}
 * combines them into one score per action, and the highest score wins (lowest index on ties).
 *
 * <p>Thread-safe: plans are compiled once (and cached, up to {@value #MAX_CACHED_PLANS} distinct plans)
 * and {@link #decide} may be called concurrently, provided the experts are thread-safe as
 * {@link Expert} requires.
 *
 * @param <S> the environment's state type
 */
public final class MixtureOfExperts<S> {
    /** Compiled plans kept before the cache is cleared. */
    public static final int MAX_CACHED_PLANS = 4096;

    private final Environment<S> environment;
    private final List<Expert<S>> experts;
    private final List<ExpertDescriptor> descriptors;
    private final Map<String, Integer> index;
    private final ConcurrentHashMap<GatePlan, CompiledPlan<S>> compiled = new ConcurrentHashMap<>();
    private volatile CompiledPlan<S> lastUsed;

    /**
     * @param environment the environment the experts act in
     * @param experts the available experts, with distinct descriptor ids
     * @throws InvalidArgumentException on an empty expert list or duplicate expert ids
     */
    public MixtureOfExperts(Environment<S> environment, List<? extends Expert<S>> experts) {
        this.environment = Arguments.requireNonNull("environment", environment);
        this.experts = List.copyOf(Arguments.requireNonEmpty("experts", experts));
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < this.experts.size(); i++) {
            String id = this.experts.get(i).descriptor().id();
            if (ids.put(id, i) != null) {
                throw new InvalidArgumentException("expert id '" + id + "' appears twice; expert ids must be unique");
            }
        }
        this.index = java.util.Collections.unmodifiableMap(ids);
        this.descriptors = this.experts.stream().map(Expert::descriptor).toList();
    }

    /** @return the environment */
    public Environment<S> environment() {
        return environment;
    }

    /** @return the experts, in the order given */
    public List<Expert<S>> experts() {
        return experts;
    }

    /** @return the experts' descriptors, in the order given */
    public List<ExpertDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * Asks a gate to plan for a requirement with this mixture's experts and the environment's
     * catalogue (steps 1-3 of the pipeline). Call once per requirement and reuse the plan.
     *
     * @param gate the gate
     * @param requirement the requirement text
     * @return the plan
     */
    public GatePlan plan(GatePolicy gate, String requirement) {
        Arguments.requireNonNull("gate", gate);
        Arguments.requireNonBlank("requirement", requirement);
        GatePlan plan = gate.plan(requirement, environment.objectives(), descriptors);
        compile(plan);
        return plan;
    }

    /**
     * Decides the action for a state under a plan (step 4 of the pipeline).
     *
     * @param state the current state
     * @param plan a plan whose experts this mixture has
     * @return the decision with its audit trail
     * @throws PlanException if the plan names an unknown expert or condition
     * @throws ExpertEvaluationException if an expert returns the wrong number of values or a
     *     non-finite value
     */
    public Decision decide(S state, GatePlan plan) {
        Arguments.requireNonNull("state", state);
        return compile(plan).decide(state);
    }

    private CompiledPlan<S> compile(GatePlan plan) {
        Arguments.requireNonNull("plan", plan);
        CompiledPlan<S> last = lastUsed;
        if (last != null && last.plan() == plan) {
            return last;
        }
        CompiledPlan<S> result = compiled.get(plan);
        if (result == null) {
            if (compiled.size() >= MAX_CACHED_PLANS) {
                compiled.clear();
            }
            result = compiled.computeIfAbsent(plan, p -> new CompiledPlan<>(p, environment, experts, index));
        }
        lastUsed = result;
        return result;
    }
}
