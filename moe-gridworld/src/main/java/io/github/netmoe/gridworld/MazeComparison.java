package io.github.netmoe.gridworld;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.SoftmaxGateConfig;
import io.github.netmoe.core.rl.SoftmaxGateTrainer;
import io.github.netmoe.core.rl.TrainedGate;
import io.github.netmoe.core.rl.TrainingListener;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The paper's Fig. 5 comparison: on each maze task, the mixture planned by a gate from the task's
 * requirement (the offline gate or a language model), the trained softmax-gate mixture (trained on
 * the task's reward, the paper's "gate network" baseline), each expert alone, and the optimal success
 * probability ({@link OptimalSuccess}) as the ceiling; at every slip probability asked for.
 *
 * <p>Episodes start at the paper's start cell; evaluation episode {@code i} of every method uses the
 * same random stream (split {@code i} of the evaluation seed), so methods are compared on common
 * random numbers.
 */
public final class MazeComparison {
    /** Method name of the planned mixture. */
    public static final String PLANNED = "planned MoE";
    /** Method name of the trained softmax-gate mixture. */
    public static final String SOFTMAX = "softmax-gate MoE";

    private MazeComparison() {
    }

    /**
     * What to compare.
     *
     * @param slips the slip probabilities to evaluate at
     * @param gateTrainingSlip the slip probability the softmax gates are trained at
     * @param episodes evaluation episodes per task, slip and method
     * @param seed the evaluation seed (gates are seeded by their config)
     * @param gateConfig the softmax gates' training configuration
     */
    public record Settings(double[] slips, double gateTrainingSlip, int episodes, long seed,
                           SoftmaxGateConfig gateConfig) {
        /**
         * Validates and copies.
         *
         * @throws io.github.netmoe.core.InvalidArgumentException on empty slips or too few episodes
         */
        public Settings {
            slips = Arguments.requireAllFinite("slips", slips).clone();
            Arguments.requirePositive("episodes", episodes);
            Arguments.requireNonNull("gateConfig", gateConfig);
        }

        @Override
        public double[] slips() {
            return slips.clone();
        }
    }

    /**
     * One method on one task at one slip.
     *
     * @param method the method (e.g. {@link #PLANNED} or an expert id)
     * @param result its evaluation
     * @param optimalSuccess the best success probability any policy reaches there
     */
    public record Row(String method, MazeEvaluation.Result result, double optimalSuccess) {
    }

    /**
     * The whole comparison.
     *
     * @param rows every method on every task and slip
     * @param plans the planned mixture's plan per task
     * @param gates the trained softmax gate per task (with its learning curve)
     */
    public record Outcome(List<Row> rows, Map<GridTask, GatePlan> plans, Map<GridTask, TrainedGate> gates) {
    }

    /**
     * Runs the comparison.
     *
     * @param experts experts a, b and c
     * @param gate the gate that plans each task from its requirement text
     * @param settings what to compare
     * @param progress receives a line per finished step
     * @return the outcome
     */
    public static Outcome run(List<DqnExpert<GridState>> experts, GatePolicy gate, Settings settings,
                              Consumer<String> progress) {
        Arguments.requireNonEmpty("experts", experts);
        Arguments.requireNonNull("gate", gate);
        GridWorld probe = GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0, MazeExperts.STEP_LIMIT);
        MixtureOfExperts<GridState> moe = new MixtureOfExperts<>(probe, experts);
        Map<GridTask, GatePlan> plans = new EnumMap<>(GridTask.class);
        Map<GridTask, TrainedGate> gates = new EnumMap<>(GridTask.class);
        List<Row> rows = new ArrayList<>();
        for (GridTask task : GridTask.values()) {
            GatePlan plan = moe.plan(gate, task.requirement());
            plans.put(task, plan);
            long start = System.nanoTime();
            GridWorld training = GridWorld.forTask(task, settings.gateTrainingSlip(), MazeExperts.STEP_LIMIT);
            TrainedGate trained = new SoftmaxGateTrainer(settings.gateConfig(), TrainingListener.none())
                    .train(training, experts, objectivesOf(task), task::isSuccess);
            gates.put(task, trained);
            progress.accept(String.format(java.util.Locale.ROOT, "softmax gate for %s trained in %.1f s (%d episodes)",
                    task, (System.nanoTime() - start) * 1e-9, settings.gateConfig().episodes()));
            GatePlan softmaxPlan = trained.plan(task.requirement());
            for (double slip : settings.slips()) {
                GridWorld env = GridWorld.forTask(task, slip, MazeExperts.STEP_LIMIT);
                double optimal = OptimalSuccess.probability(env.layout(), task, slip, MazeExperts.STEP_LIMIT);
                Row planned = new Row(PLANNED, evaluate(env, task, s -> moe.decide(s, plan).action(), settings), optimal);
                Row softmax = new Row(SOFTMAX, evaluate(env, task, s -> moe.decide(s, softmaxPlan).action(), settings),
                        optimal);
                rows.add(planned);
                rows.add(softmax);
                for (DqnExpert<GridState> expert : experts) {
                    rows.add(new Row(expert.descriptor().id(), evaluate(env, task,
                            s -> io.github.netmoe.core.Decision.argmax(expert.evaluate(s)), settings), optimal));
                }
                progress.accept(String.format(java.util.Locale.ROOT, "%s at slip %.2f: planned %s, softmax %s, optimal %.3f",
                        task, slip, planned.result().success(), softmax.result().success(), optimal));
            }
        }
        return new Outcome(List.copyOf(rows), plans, gates);
    }

    private static MazeEvaluation.Result evaluate(GridWorld env, GridTask task,
                                                  java.util.function.ToIntFunction<GridState> policy, Settings s) {
        return MazeEvaluation.evaluate(env, task, policy, s.episodes(), s.seed());
    }

    /**
     * @param task a task
     * @return the catalogue objectives it stands for
     */
    public static List<String> objectivesOf(GridTask task) {
        List<String> ids = new ArrayList<>();
        ids.add(MazeCatalogue.GOAL);
        if (task.requiresPrize()) {
            ids.add(MazeCatalogue.PRIZE);
        }
        if (task.forbidsTrap()) {
            ids.add(MazeCatalogue.TRAP);
        }
        return ids;
    }
}
