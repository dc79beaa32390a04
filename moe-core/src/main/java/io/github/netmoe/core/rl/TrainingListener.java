package io.github.netmoe.core.rl;

/**
 * Receives a {@link TrainingProgress} report after every window of episodes of a training run (the
 * window length is the configuration's {@code reportEvery}), on the training thread. A runner can show
 * progress, record it or stop waiting; a listener that throws aborts training with its exception.
 *
 * <p>Trainers also log every report through SLF4J at INFO level, so a listener is optional.
 */
@FunctionalInterface
public interface TrainingListener {

    /**
     * @param progress the statistics of the window that just ended
     */
    void onProgress(TrainingProgress progress);

    /** @return a listener that ignores every report */
    static TrainingListener none() {
        return progress -> { };
    }
}
