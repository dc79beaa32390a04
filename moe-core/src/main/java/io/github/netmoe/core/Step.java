package io.github.netmoe.core;

/**
 * The outcome of {@link Environment#step(Object, int, java.util.random.RandomGenerator)}.
 *
 * @param state the next state
 * @param reward the reward for the transition (finite)
 * @param terminal whether the episode ended with this transition
 * @param <S> the state type
 */
public record Step<S>(S state, double reward, boolean terminal) {
    /**
     * Validates the step.
     *
     * @throws InvalidArgumentException if the state is null or the reward is not finite
     */
    public Step {
        Arguments.requireNonNull("state", state);
        Arguments.requireFinite("reward", reward);
    }
}
