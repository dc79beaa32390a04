package io.github.netmoe.gridworld;

import io.github.netmoe.core.Arguments;

/**
 * The highest success probability any policy can reach on a maze task, by finite-horizon value
 * iteration over (cell, prize collected) with the slip dynamics of {@link GridWorld}:
 * {@code V_t(s) = max_a sum_s' p(s' | s, a) V_{t+1}(s')}, {@code V_H = 0}, entering the goal is worth
 * 1 if the task's prize condition holds (else 0, the episode ends), entering a forbidden trap is worth 0.
 *
 * <p>With slips some risk is unavoidable (in the paper's maze the prize sits right above the trap,
 * so leaving it sideways slips into the trap with probability slip/2), so this — not 100% — is the
 * yardstick for success rates at a slip probability above 0.
 *
 * <p>Thread-safe (stateless).
 */
public final class OptimalSuccess {
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};
    private static final int[][] SIDEWAYS = {{2, 3}, {2, 3}, {0, 1}, {0, 1}};

    private OptimalSuccess() {
    }

    /**
     * @param layout the maze
     * @param task the task
     * @param slip slip probability in [0, 1)
     * @param stepLimit the horizon, at least 1
     * @return the optimal success probability from the start cell
     */
    public static double probability(GridLayout layout, GridTask task, double slip, int stepLimit) {
        Arguments.requireNonNull("layout", layout);
        Arguments.requireNonNull("task", task);
        Arguments.requireInRange("slip", slip, 0.0, Math.nextDown(1.0));
        Arguments.requirePositive("stepLimit", stepLimit);
        int cells = layout.cellCount();
        double[] next = new double[2 * cells];
        double[] current = new double[2 * cells];
        for (int t = stepLimit - 1; t >= 0; t--) {
            for (int s = 0; s < 2 * cells; s++) {
                boolean prize = s >= cells;
                int cell = s % cells;
                int x = cell % layout.width();
                int y = cell / layout.width();
                double best = 0;
                for (int a = 0; a < 4; a++) {
                    double v = (1 - slip) * value(layout, task, x, y, a, prize, next);
                    if (slip > 0) {
                        for (int side : SIDEWAYS[a]) {
                            v += slip / 2 * value(layout, task, x, y, side, prize, next);
                        }
                    }
                    best = Math.max(best, v);
                }
                current[s] = best;
            }
            double[] swap = next;
            next = current;
            current = swap;
        }
        Cell start = layout.start();
        return next[start.y() * layout.width() + start.x()];
    }

    /** The value of landing where move {@code a} from (x, y) leads, given the values one step later. */
    private static double value(GridLayout layout, GridTask task, int x, int y, int a, boolean prize, double[] later) {
        int nx = x + DX[a];
        int ny = y + DY[a];
        if (!layout.isOpen(nx, ny)) {
            nx = x;
            ny = y;
        }
        Cell c = new Cell(nx, ny);
        boolean nextPrize = prize || c.equals(layout.prize());
        if (task.forbidsTrap() && c.equals(layout.trap())) {
            return 0;
        }
        if (c.equals(layout.goal())) {
            return !task.requiresPrize() || nextPrize ? 1 : 0;
        }
        int cells = layout.cellCount();
        return later[ny * layout.width() + nx + (nextPrize ? cells : 0)];
    }
}
