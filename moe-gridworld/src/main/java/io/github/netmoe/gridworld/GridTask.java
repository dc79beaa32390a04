package io.github.netmoe.gridworld;

/**
 * The paper's three maze tasks (Fig. 5), none of which any single expert was trained for.
 * An episode succeeds when it ends at the goal within the step limit and, as the task requires,
 * the prize was collected before and the trap was never stepped on.
 */
public enum GridTask {
    /** Reach the goal without stepping on the trap. */
    GOAL_TRAP(false, true, "Reach the goal safely without stepping on the trap"),
    /** Collect the prize, then reach the goal. */
    GOAL_PRIZE(true, false, "Obtain the prize first, then arrive at the goal"),
    /** Collect the prize without stepping on the trap, then reach the goal. */
    GOAL_PRIZE_TRAP(true, true, "Safely obtain the prize first, then arrive at the goal");

    private final boolean requiresPrize;
    private final boolean forbidsTrap;
    private final String requirement;

    GridTask(boolean requiresPrize, boolean forbidsTrap, String requirement) {
        this.requiresPrize = requiresPrize;
        this.forbidsTrap = forbidsTrap;
        this.requirement = requirement;
    }

    /** @return whether success needs the prize */
    public boolean requiresPrize() {
        return requiresPrize;
    }

    /** @return whether stepping on the trap fails the task */
    public boolean forbidsTrap() {
        return forbidsTrap;
    }

    /** @return the task as a user would state it */
    public String requirement() {
        return requirement;
    }

    /**
     * @param last the last state of an episode
     * @return whether the episode succeeded at this task
     */
    public boolean isSuccess(GridState last) {
        return last.goalReached() && (!requiresPrize || last.prizeCollected()) && (!forbidsTrap || !last.trapHit());
    }
}
