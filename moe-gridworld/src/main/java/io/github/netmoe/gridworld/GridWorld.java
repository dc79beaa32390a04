package io.github.netmoe.gridworld;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Environment;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The maze of the paper's Section IV-A as an {@link Environment}: four moves (right, left, up, down
 * = +x, -x, +y, -y); the border and walls block (the walker stays put); with probability
 * {@code slip} a move goes to one of the two perpendicular directions instead (each with
 * {@code slip/2}); an episode ends as {@link MazeRewards} says or after {@code stepLimit} moves.
 *
 * <p>Features: a one-hot encoding of the walker's cell ({@code width*height} values) followed by
 * the prize flag. Episodes start at the layout's start cell, or — for training experts everywhere —
 * at a uniformly drawn open cell other than the goal and trap, with a random prize flag.
 *
 * <p>Immutable and thread-safe.
 */
public final class GridWorld implements Environment<GridState> {
    /** Move +x. */
    public static final int RIGHT = 0;
    /** Move -x. */
    public static final int LEFT = 1;
    /** Move +y. */
    public static final int UP = 2;
    /** Move -y. */
    public static final int DOWN = 3;
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private final GridLayout layout;
    private final MazeRewards rewards;
    private final double slip;
    private final int stepLimit;
    private final boolean randomStart;
    private final List<Cell> startCells;

    /**
     * @param layout the map
     * @param rewards what is rewarded and what ends an episode
     * @param slip probability in [0, 1) that a move goes sideways
     * @param stepLimit moves after which an episode ends, at least 1
     * @param randomStart whether episodes start at a random open cell (for training) instead of the start
     * @throws io.github.netmoe.core.InvalidArgumentException on a slip outside [0, 1) or a step limit below 1
     */
    public GridWorld(GridLayout layout, MazeRewards rewards, double slip, int stepLimit, boolean randomStart) {
        this.layout = Arguments.requireNonNull("layout", layout);
        this.rewards = Arguments.requireNonNull("rewards", rewards);
        Arguments.requireInRange("slip", slip, 0.0, Math.nextDown(1.0));
        this.slip = slip;
        this.stepLimit = Arguments.requirePositive("stepLimit", stepLimit);
        this.randomStart = randomStart;
        List<Cell> cells = new ArrayList<>();
        for (int y = 0; y < layout.height(); y++) {
            for (int x = 0; x < layout.width(); x++) {
                Cell c = new Cell(x, y);
                if (layout.isOpen(x, y) && !c.equals(layout.goal()) && !c.equals(layout.trap())) {
                    cells.add(c);
                }
            }
        }
        this.startCells = List.copyOf(cells);
    }

    /**
     * The paper's maze for evaluating a task from its start cell.
     *
     * @param task the task
     * @param slip slip probability
     * @param stepLimit step limit
     * @return the environment
     */
    public static GridWorld forTask(GridTask task, double slip, int stepLimit) {
        return new GridWorld(GridLayout.paper(), MazeRewards.forTask(task), slip, stepLimit, false);
    }

    /** @return the map */
    public GridLayout layout() {
        return layout;
    }

    /** @return the slip probability */
    public double slip() {
        return slip;
    }

    /** @return the step limit */
    public int stepLimit() {
        return stepLimit;
    }

    @Override
    public GridState reset(RandomGenerator rng) {
        if (!randomStart) {
            return new GridState(layout.start().x(), layout.start().y(), false, false, false, 0);
        }
        Cell c = startCells.get(rng.nextInt(startCells.size()));
        boolean prize = layout.prize() != null && (c.equals(layout.prize()) || rng.nextBoolean());
        return new GridState(c.x(), c.y(), prize, false, false, 0);
    }

    @Override
    public Step<GridState> step(GridState state, int action, RandomGenerator rng) {
        Arguments.requireNonNull("state", state);
        Arguments.requireInRange("action", action, 0, 3);
        int move = action;
        if (slip > 0 && rng.nextDouble() < slip) {
            boolean horizontal = action == RIGHT || action == LEFT;
            move = horizontal ? (rng.nextBoolean() ? UP : DOWN) : (rng.nextBoolean() ? RIGHT : LEFT);
        }
        int nx = state.x() + DX[move];
        int ny = state.y() + DY[move];
        if (!layout.isOpen(nx, ny)) {
            nx = state.x();
            ny = state.y();
        }
        Cell next = new Cell(nx, ny);
        double reward = rewards.step();
        boolean terminal = false;
        boolean prize = state.prizeCollected();
        boolean trap = state.trapHit();
        boolean goal = false;
        if (next.equals(layout.prize()) && !prize) {
            prize = true;
            reward += rewards.prize();
            terminal |= rewards.endOnPrize();
        }
        if (next.equals(layout.trap())) {
            trap = true;
            reward += rewards.trap();
            terminal |= rewards.endOnTrap();
        }
        if (next.equals(layout.goal())) {
            goal = true;
            reward += rewards.goal();
            terminal |= rewards.endOnGoal();
        }
        int steps = state.steps() + 1;
        terminal |= steps >= stepLimit;
        return new Step<>(new GridState(nx, ny, prize, trap, goal, steps), reward, terminal);
    }

    @Override
    public int actionCount() {
        return 4;
    }

    @Override
    public double[] features(GridState state) {
        double[] f = new double[featureCount()];
        f[state.y() * layout.width() + state.x()] = 1.0;
        f[layout.cellCount()] = state.prizeCollected() ? 1.0 : 0.0;
        return f;
    }

    @Override
    public int featureCount() {
        return layout.cellCount() + 1;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return MazeCatalogue.catalogue();
    }

    @Override
    public Predicate<GridState> condition(String conditionId) {
        if (MazeCatalogue.PRIZE_COLLECTED.equals(conditionId)) {
            return GridState::prizeCollected;
        }
        return Environment.super.condition(conditionId);
    }
}
