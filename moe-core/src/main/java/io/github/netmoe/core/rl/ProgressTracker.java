package io.github.netmoe.core.rl;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * Accumulates episode outcomes into {@link LearningCurve.Window}s of {@code reportEvery} episodes;
 * at the end of each window it records the window, logs it at INFO on the trainer's logger and calls
 * the listener.
 *
 * <p>Not thread-safe: one per training run.
 */
final class ProgressTracker {
    private final String trainer;
    private final int plannedEpisodes;
    private final int reportEvery;
    private final TrainingListener listener;
    private final Logger log;
    private final List<LearningCurve.Window> windows = new ArrayList<>();

    private int episodes;
    private long totalSteps;
    private int windowEpisodes;
    private double returnSum;
    private int successes;
    private long windowSteps;
    private double lossSum;
    private long lossCount;
    private long windowStart = System.nanoTime();

    ProgressTracker(String trainer, int plannedEpisodes, int reportEvery, TrainingListener listener, Logger log) {
        this.trainer = trainer;
        this.log = log;
        this.plannedEpisodes = plannedEpisodes;
        this.reportEvery = reportEvery;
        this.listener = listener;
    }

    /** Records the loss of one gradient step. */
    void loss(double loss) {
        lossSum += loss;
        lossCount++;
    }

    /** Records a finished episode and closes the window when it is full. */
    void episode(double episodeReturn, boolean success, int steps, double exploration) {
        episodes++;
        totalSteps += steps;
        windowEpisodes++;
        returnSum += episodeReturn;
        successes += success ? 1 : 0;
        windowSteps += steps;
        if (windowEpisodes == reportEvery) {
            close(exploration);
        }
    }

    /** Closes a partly filled last window, if any. */
    void finish(double exploration) {
        if (windowEpisodes > 0) {
            close(exploration);
        }
    }

    int episodes() {
        return episodes;
    }

    long totalSteps() {
        return totalSteps;
    }

    LearningCurve curve() {
        return new LearningCurve(trainer, windows);
    }

    private void close(double exploration) {
        LearningCurve.Window window = new LearningCurve.Window(episodes, totalSteps, windowEpisodes,
                returnSum / windowEpisodes, (double) successes / windowEpisodes, (double) windowSteps / windowEpisodes,
                exploration, lossCount == 0 ? Double.NaN : lossSum / lossCount);
        windows.add(window);
        long now = System.nanoTime();
        double seconds = Math.max(now - windowStart, 1) * 1e-9;
        TrainingProgress progress = new TrainingProgress(trainer, episodes, plannedEpisodes, totalSteps, window,
                windowSteps / seconds);
        windowStart = now;
        windowEpisodes = 0;
        returnSum = 0;
        successes = 0;
        windowSteps = 0;
        lossSum = 0;
        lossCount = 0;
        if (log.isInfoEnabled()) {
            log.info("{}", progress);
        }
        listener.onProgress(progress);
    }
}
