package io.github.netmoe.core;

import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A task the experts act in. States are immutable values and every method is a pure function of
 * its arguments (randomness comes only from the {@link RandomGenerator} passed in), so an
 * environment is thread-safe and an episode can be replayed from its seed.
 *
 * @param <S> the state type; must be an immutable value
 */
public interface Environment<S> {

    /**
     * Draws an initial state.
     *
     * @param rng the only source of randomness
     * @return the initial state
     */
    S reset(RandomGenerator rng);

    /**
     * Applies an action to a state.
     *
     * @param state the current state (not modified)
     * @param action an index in {@code [0, actionCount())}
     * @param rng the only source of randomness (slips, stochastic rewards)
     * @return the next state, the reward and whether the episode ended
     * @throws InvalidArgumentException if {@code action} is out of range
     */
    Step<S> step(S state, int action, RandomGenerator rng);

    /**
     * @return the number of discrete actions, at least 1
     */
    int actionCount();

    /**
     * Encodes a state as the input vector of a learned model (Q-network, gate network).
     *
     * @param state the state
     * @return a fresh array of length {@link #featureCount()}
     */
    double[] features(S state);

    /**
     * @return the length of {@link #features(Object)}
     */
    int featureCount();

    /**
     * @return the objectives this environment knows, their composition rules and the named state
     *     conditions that staged plans may switch on
     */
    ObjectiveCatalogue objectives();

    /**
     * Resolves a named state condition declared in {@link ObjectiveCatalogue#conditions()}, such as
     * the maze's {@code prizeCollected}. Staged {@link CombinationRule}s switch on these.
     *
     * @param conditionId the condition's id
     * @return a thread-safe predicate over states
     * @throws PlanException if the environment defines no such condition
     */
    default Predicate<S> condition(String conditionId) {
        throw new PlanException("condition '" + conditionId + "' is not defined by this environment; known: "
                + objectives().conditions());
    }
}
