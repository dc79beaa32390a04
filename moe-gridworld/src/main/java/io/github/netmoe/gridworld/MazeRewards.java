package io.github.netmoe.gridworld;

import io.github.netmoe.core.Arguments;

/**
 * What the maze rewards and what ends an episode. Each expert is trained on a reward that knows
 * only its own objective; tasks reward all of theirs.
 *
 * @param goal reward for entering the goal
 * @param prize reward for collecting the prize (once)
 * @param trap reward for stepping on the trap (negative for a penalty)
 * @param step reward of every move (negative for a cost)
 * @param endOnGoal whether entering the goal ends the episode
 * @param endOnPrize whether collecting the prize ends the episode
 * @param endOnTrap whether stepping on the trap ends the episode
 */
public record MazeRewards(double goal, double prize, double trap, double step, boolean endOnGoal, boolean endOnPrize,
                          boolean endOnTrap) {
    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on a non-finite reward
     */
    public MazeRewards {
        Arguments.requireFinite("goal", goal);
        Arguments.requireFinite("prize", prize);
        Arguments.requireFinite("trap", trap);
        Arguments.requireFinite("step", step);
    }

    /** @return expert a's reward: +1 on reaching the goal, which ends the episode; nothing else counts */
    public static MazeRewards goalOnly() {
        return new MazeRewards(1, 0, 0, 0, true, false, false);
    }

    /** @return expert b's reward: -1 on stepping on the trap, which ends the episode; nothing else counts */
    public static MazeRewards trapOnly() {
        return new MazeRewards(0, 0, -1, 0, false, false, true);
    }

    /** @return expert c's reward: +1 on collecting the prize, which ends the episode; nothing else counts */
    public static MazeRewards prizeOnly() {
        return new MazeRewards(0, 1, 0, 0, false, true, false);
    }

    /**
     * The reward of a task: +1 at the goal (ends), +0.5 for the prize if the task asks for it, -1 on
     * the trap (ends) if the task forbids it, -0.01 per move.
     *
     * @param task the task
     * @return its reward
     */
    public static MazeRewards forTask(GridTask task) {
        return new MazeRewards(1, task.requiresPrize() ? 0.5 : 0, task.forbidsTrap() ? -1 : 0, -0.01, true, false,
                task.forbidsTrap());
    }
}
