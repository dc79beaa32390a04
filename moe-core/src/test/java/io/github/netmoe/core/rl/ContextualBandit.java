package io.github.netmoe.core.rl;

import io.github.netmoe.core.Environment;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One-step episodes: a context {@code c} in {@code [0, contexts)} is drawn uniformly, the agent picks
 * one of {@code actions} actions and the episode ends. The reward is 1 for the context's best action
 * {@link #best(int)} = {@code (3c + 1) mod actions} and 0 otherwise (deterministic), so the optimal
 * policy and its Q-values (1 for the best action, 0 elsewhere) are known exactly. Features: one-hot
 * context (all zero once answered).
 */
final class ContextualBandit implements Environment<ContextualBandit.Round> {

    /**
     * @param context the context
     * @param answer the chosen action, -1 before answering
     */
    record Round(int context, int answer) {
    }

    private final int contexts;
    private final int actions;

    ContextualBandit(int contexts, int actions) {
        this.contexts = contexts;
        this.actions = actions;
    }

    int best(int context) {
        return (3 * context + 1) % actions;
    }

    int contexts() {
        return contexts;
    }

    boolean answeredCorrectly(Round round) {
        return round.answer() == best(round.context());
    }

    @Override
    public Round reset(RandomGenerator rng) {
        return new Round(rng.nextInt(contexts), -1);
    }

    @Override
    public Step<Round> step(Round state, int action, RandomGenerator rng) {
        if (action < 0 || action >= actions) {
            throw new InvalidArgumentException("action = " + action + " must be in [0, " + (actions - 1) + "]");
        }
        return new Step<>(new Round(state.context(), action), action == best(state.context()) ? 1.0 : 0.0, true);
    }

    @Override
    public int actionCount() {
        return actions;
    }

    @Override
    public double[] features(Round state) {
        double[] x = new double[contexts];
        if (state.answer() < 0) {
            x[state.context()] = 1;
        }
        return x;
    }

    @Override
    public int featureCount() {
        return contexts;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return new ObjectiveCatalogue("bandit", "1",
                List.of(new Objective("answer", "pick the context's best action", Objective.Kind.TERMINAL, List.of())),
                List.of(), List.of());
    }
}
