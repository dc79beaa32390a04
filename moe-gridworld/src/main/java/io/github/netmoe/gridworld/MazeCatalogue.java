package io.github.netmoe.gridworld;

import io.github.netmoe.core.Condition;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.List;
import java.util.Map;

/**
 * What the maze knows how to optimise (the paper's Section IV-A): reach the goal (terminal), collect
 * the prize on the way (intermediate) and never step on the trap (constraint), with the condition
 * {@value #PRIZE_COLLECTED} that staged plans switch on; and the descriptors of the three experts
 * a, b and c, each trained on one objective only.
 *
 * <p>Composition knowledge a gate uses: intermediate objectives come before the terminal one (a
 * staged plan that switches on {@value #PRIZE_COLLECTED}); constraints hold throughout (their expert
 * takes part in every stage).
 */
public final class MazeCatalogue {
    /** Objective id: reach the goal. */
    public static final String GOAL = "goal";
    /** Objective id: collect the prize. */
    public static final String PRIZE = "prize";
    /** Objective id: avoid the trap. */
    public static final String TRAP = "trap";
    /** Condition id: the prize has been collected. */
    public static final String PRIZE_COLLECTED = "prizeCollected";
    /** Expert a: go to the goal. */
    public static final String EXPERT_GOAL = "a-goal";
    /** Expert b: avoid the trap. */
    public static final String EXPERT_TRAP = "b-avoid-trap";
    /** Expert c: get the prize. */
    public static final String EXPERT_PRIZE = "c-prize";

    private static final ObjectiveCatalogue CATALOGUE = new ObjectiveCatalogue("gridworld", "1",
            List.of(
                    new Objective(GOAL, "Reach the goal cell; the episode ends there. Shorter paths are better.",
                            Objective.Kind.TERMINAL,
                            List.of("goal", "destination", "exit", "arrive", "reach", "shortest path", "end",
                                    "target", "finish", "get to")),
                    new Objective(PRIZE, "Collect the prize cell's reward on the way; it must happen before the"
                            + " episode ends.", Objective.Kind.INTERMEDIATE,
                            List.of("prize", "treasure", "reward", "collect", "obtain", "explore", "coin",
                                    "pick up", "bonus", "loot")),
                    new Objective(TRAP, "Never step on the trap cell; stepping on it fails the task.",
                            Objective.Kind.CONSTRAINT,
                            List.of("trap", "safe", "safely", "avoid", "danger", "dangerous", "hazard", "risk",
                                    "careful", "pit"))),
            List.of(),
            List.of(new Condition(PRIZE_COLLECTED, "The prize has been collected in this episode.")));

    private MazeCatalogue() {
    }

    /** @return the maze's objective catalogue */
    public static ObjectiveCatalogue catalogue() {
        return CATALOGUE;
    }

    /**
     * The descriptors of the three maze experts. Their evaluations are Q-values of rewards on one
     * common scale — one unit for the objective achieved (+1 goal, +1 prize, -1 trap), no step costs,
     * discounted — so they are combined as they are ({@link Normalisation#identity()}): a min-max
     * normalisation would blow the near-zero noise of expert b's Q-values far from the trap up to the
     * full [0, 1] range.
     *
     * @return descriptors of experts a, b and c, in that order
     */
    public static List<ExpertDescriptor> descriptors() {
        return List.of(
                descriptor(EXPERT_GOAL, "Expert a: walks to the goal by the shortest path; knows nothing of the"
                        + " prize or the trap.", GOAL, "Q-value of reaching the goal: discounted probability of"
                        + " arrival, in [0, 1]; +1 on arrival, no other reward"),
                descriptor(EXPERT_TRAP, "Expert b: keeps the walker off the trap; indifferent to where it goes"
                        + " otherwise.", TRAP, "Q-value of staying safe: minus the discounted probability"
                        + " of stepping on the trap, in [-1, 0]"),
                descriptor(EXPERT_PRIZE, "Expert c: walks to the prize and collects it; knows nothing of the goal"
                        + " or the trap.", PRIZE, "Q-value of collecting the prize: discounted probability of"
                        + " collecting it, in [0, 1]; +1 on collection, no other reward"));
    }

    private static ExpertDescriptor descriptor(String id, String description, String objective, String meaning) {
        // b's Q-values are minus the discounted probability of hitting the trap: +1 makes them the
        // discounted probability of staying safe, on the same [0, 1] scale as a's and c's; the floor
        // at 0 keeps approximation errors from producing negative probabilities
        double offset = objective.equals(TRAP) ? 1.0 : 0.0;
        Normalisation normalisation = new Normalisation.Affine(new double[] {1.0}, new double[] {offset}, 0.0);
        return new ExpertDescriptor(id, description, List.of(objective), meaning, normalisation,
                Map.of("trainedOn", objective));
    }
}
