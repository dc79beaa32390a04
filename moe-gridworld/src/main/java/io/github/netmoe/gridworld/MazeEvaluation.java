package io.github.netmoe.gridworld;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Step;
import io.github.netmoe.core.stats.Proportion;
import io.github.netmoe.core.stats.Summary;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Runs a policy for many seeded episodes of a maze task and summarises the outcome (success, steps,
 * trap hits, prizes) with 95% confidence intervals. Episode {@code i} draws its randomness from the
 * {@code i}-th split of {@code new SplittableRandom(seed)}, so a result is reproducible from its seed.
 *
 * <p>Thread-safe (stateless).
 */
public final class MazeEvaluation {
    private MazeEvaluation() {
    }

    /**
     * The outcome of an evaluation.
     *
     * @param task the task
     * @param slip the slip probability
     * @param seed the seed of the episodes
     * @param success episodes that succeeded at the task
     * @param steps moves per episode (all episodes)
     * @param stepsOfSuccesses moves per successful episode, or null if none succeeded
     * @param trapHits episodes that stepped on the trap
     * @param prizes episodes that collected the prize
     * @param optimalSteps the optimal path length without slips
     */
    public record Result(GridTask task, double slip, long seed, Proportion success, Summary steps,
                         Summary stepsOfSuccesses, Proportion trapHits, Proportion prizes, int optimalSteps) {
    }

    /**
     * @param env the maze (its rewards do not matter here; the task judges success)
     * @param task the task
     * @param policy the action to take in a state
     * @param episodes number of episodes, at least 1
     * @param seed seed of the episodes
     * @return the result
     */
    public static Result evaluate(GridWorld env, GridTask task, ToIntFunction<GridState> policy, int episodes,
                                  long seed) {
        Arguments.requireNonNull("env", env);
        Arguments.requireNonNull("task", task);
        Arguments.requireNonNull("policy", policy);
        Arguments.requirePositive("episodes", episodes);
        SplittableRandom root = new SplittableRandom(seed);
        int successes = 0;
        int traps = 0;
        int prizes = 0;
        double[] steps = new double[episodes];
        double[] successSteps = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            SplittableRandom rng = root.split();
            GridState state = env.reset(rng);
            boolean done = false;
            while (!done) {
                Step<GridState> step = env.step(state, policy.applyAsInt(state), rng);
                state = step.state();
                done = step.terminal() || state.goalReached();
            }
            steps[e] = state.steps();
            if (task.isSuccess(state)) {
                successSteps[successes++] = state.steps();
            }
            traps += state.trapHit() ? 1 : 0;
            prizes += state.prizeCollected() ? 1 : 0;
        }
        Summary ofSuccesses = successes == 0 ? null : Summary.of(java.util.Arrays.copyOf(successSteps, successes));
        return new Result(task, env.slip(), seed, new Proportion(successes, episodes), Summary.of(steps), ofSuccesses,
                new Proportion(traps, episodes), new Proportion(prizes, episodes),
                ShortestPaths.optimalSteps(env.layout(), task));
    }
}
