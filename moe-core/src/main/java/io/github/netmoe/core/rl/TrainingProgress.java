package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;

/**
 * A progress report of a training run, covering the window of episodes that just ended.
 *
 * @param trainer which trainer reports, e.g. {@code dqn} or {@code softmax-gate}
 * @param episode episodes completed so far (the last episode of the window)
 * @param plannedEpisodes the run's episode budget
 * @param totalSteps environment steps taken so far
 * @param window the window's statistics, as recorded in the {@link LearningCurve}
 * @param stepsPerSecond environment steps per second of wall-clock time over the window (learning
 *     included); the only field that is not reproducible from the seed
 */
public record TrainingProgress(String trainer, int episode, int plannedEpisodes, long totalSteps,
                               LearningCurve.Window window, double stepsPerSecond) {
    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on a blank trainer or a null window
     */
    public TrainingProgress {
        Arguments.requireNonBlank("trainer", trainer);
        Arguments.requireNonNull("window", window);
    }

    /** @return the window's mean undiscounted episode return */
    public double meanReturn() {
        return window.meanReturn();
    }

    /** @return the window's fraction of successful episodes */
    public double successRate() {
        return window.successRate();
    }

    /** @return the window's exploration parameter (epsilon for DQN, the policy temperature for the gate) */
    public double exploration() {
        return window.exploration();
    }

    /** @return the window's mean training loss, NaN if no gradient step was taken */
    public double meanLoss() {
        return window.meanLoss();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%s episode %d/%d, %d steps: return %.4g, success %.1f%%, %.1f steps/episode, exploration %.3g,"
                        + " loss %.4g, %.0f steps/s", trainer, episode, plannedEpisodes, totalSteps,
                window.meanReturn(), 100 * window.successRate(), window.meanSteps(), window.exploration(),
                window.meanLoss(), stepsPerSecond);
    }
}
