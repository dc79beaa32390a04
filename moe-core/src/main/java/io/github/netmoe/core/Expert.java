package io.github.netmoe.core;

/**
 * A trained model that scores every action of a state for the objective it was trained on, e.g. a
 * DQN whose evaluations are Q-values. Experts are reused, never retrained, when a new requirement
 * arrives: a {@link GatePolicy} decides how to combine them.
 *
 * <p>Implementations must be thread-safe: {@link MixtureOfExperts} calls {@link #evaluate(Object)}
 * concurrently from any thread.
 *
 * @param <S> the environment's state type
 */
public interface Expert<S> {

    /**
     * @return what the expert was trained for and what its evaluations mean
     */
    ExpertDescriptor descriptor();

    /**
     * Scores every action in a state; larger is better for the expert's objective.
     *
     * @param state the state
     * @return a fresh array with one finite value per action
     */
    double[] evaluate(S state);
}
