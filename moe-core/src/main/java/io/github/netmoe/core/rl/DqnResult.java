package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Environment;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.nn.Mlp;

/**
 * The outcome of {@link DqnTrainer#train}: the trained Q-network as a plain-Java snapshot, the
 * configuration that produced it, and the learning curve.
 *
 * @param qNetwork the online Q-network after the last gradient step: features to one Q-value per action
 * @param config the training configuration (its seed included)
 * @param curve success rate, return and episode length per window of episodes
 * @param episodes episodes run
 * @param totalSteps environment steps taken
 * @param gradientSteps gradient steps taken
 * @param elapsedSeconds wall-clock duration of the run (not reproducible)
 */
public record DqnResult(Mlp qNetwork, DqnConfig config, LearningCurve curve, int episodes, long totalSteps,
                        long gradientSteps, double elapsedSeconds) {
    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on null components
     */
    public DqnResult {
        Arguments.requireNonNull("qNetwork", qNetwork);
        Arguments.requireNonNull("config", config);
        Arguments.requireNonNull("curve", curve);
    }

    /**
     * Wraps the trained network as an expert.
     *
     * @param descriptor what the expert is
     * @param environment the environment it was trained on (supplies the features)
     * @param <S> the state type
     * @return the expert, carrying this result's configuration
     */
    public <S> DqnExpert<S> toExpert(ExpertDescriptor descriptor, Environment<S> environment) {
        return new DqnExpert<>(descriptor, qNetwork, environment, config);
    }

    /** @return the mean environment steps per second over the run */
    public double stepsPerSecond() {
        return totalSteps / Math.max(elapsedSeconds, 1e-9);
    }
}
