package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.io.AtomicFiles;
import io.github.netmoe.core.InvalidArgumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The learning curve of a training run: one {@link Window} of statistics per {@code reportEvery}
 * episodes (the last window may be shorter). Every value is reproducible from the run's seed.
 *
 * @param trainer which trainer produced it, e.g. {@code dqn} or {@code softmax-gate}
 * @param windows the windows in training order
 */
public record LearningCurve(String trainer, List<Window> windows) {
    /** The CSV header written by {@link #toCsv()}. */
    public static final String CSV_HEADER = "episode,total_steps,episodes_in_window,mean_return,success_rate,"
            + "mean_steps,exploration,mean_loss";

    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on a blank trainer or a null list
     */
    public LearningCurve {
        Arguments.requireNonBlank("trainer", trainer);
        windows = List.copyOf(Arguments.requireNonNull("windows", windows));
    }

    /**
     * Statistics of one window of consecutive episodes.
     *
     * @param episode episodes completed at the end of the window
     * @param totalSteps environment steps taken at the end of the window
     * @param episodes episodes in the window, {@code >= 1}
     * @param meanReturn mean undiscounted return per episode
     * @param successRate fraction of episodes whose final state satisfied the success predicate
     * @param meanSteps mean episode length in steps
     * @param exploration the exploration parameter at the end of the window (epsilon for DQN, the
     *     policy temperature for the softmax gate)
     * @param meanLoss mean training loss over the window's gradient steps, NaN if there were none
     */
    public record Window(int episode, long totalSteps, int episodes, double meanReturn, double successRate,
                         double meanSteps, double exploration, double meanLoss) {
        /**
         * Validates.
         *
         * @throws InvalidArgumentException on an empty window or a success rate outside [0, 1]
         */
        public Window {
            Arguments.requirePositive("episodes", episodes);
            Arguments.requireInRange("successRate", successRate, 0.0, 1.0);
        }

        private String csv() {
            return episode + "," + totalSteps + "," + episodes + "," + meanReturn + "," + successRate + ","
                    + meanSteps + "," + exploration + "," + meanLoss;
        }
    }

    /** @return the last window, or throws if the curve is empty */
    public Window last() {
        if (windows.isEmpty()) {
            throw new InvalidArgumentException("the learning curve of " + trainer + " has no windows");
        }
        return windows.get(windows.size() - 1);
    }

    /**
     * @return the curve as CSV: {@link #CSV_HEADER}, then one line per window, numbers in Java's
     *     locale-independent {@code Double.toString} form ({@code NaN} where undefined)
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Window w : windows) {
            csv.append(w.csv()).append('\n');
        }
        return csv.toString();
    }

    /**
     * Writes {@link #toCsv()} to a file (UTF-8), replacing it atomically ({@link AtomicFiles}).
     *
     * @param file the destination
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeCsv(Path file) {
        Arguments.requireNonNull("file", file);
        try {
            AtomicFiles.write(file, toCsv().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write learning curve to " + file, e);
        }
    }
}
