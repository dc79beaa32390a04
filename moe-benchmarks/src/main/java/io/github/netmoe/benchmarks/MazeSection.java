package io.github.netmoe.benchmarks;

import io.github.netmoe.benchmarks.report.Charts;
import io.github.netmoe.benchmarks.report.ReportFolder;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.LearningCurve;
import io.github.netmoe.core.rl.SoftmaxGateConfig;
import io.github.netmoe.core.rl.TrainedGate;
import io.github.netmoe.gridworld.GridState;
import io.github.netmoe.gridworld.GridTask;
import io.github.netmoe.gridworld.MazeComparison;
import io.github.netmoe.gridworld.MazeEvaluation;
import io.github.netmoe.gridworld.MazeExperts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The maze comparison (Fig. 5) of the reproduction: runs it and writes its CSVs, charts and Markdown. */
final class MazeSection {
    /** Slip probabilities evaluated: none, half the experts' training slip, and that slip. */
    static final double[] SLIPS = {0.0, MazeExperts.TRAINING_SLIP / 2, MazeExperts.TRAINING_SLIP};

    private MazeSection() {
    }

    static SoftmaxGateConfig gateConfig(long seed) {
        return SoftmaxGateConfig.builder().episodes(3000).finalTemperature(0.01).reportEvery(100).seed(seed).build();
    }

    static String run(List<DqnExpert<GridState>> experts, GatePolicy gate, ReproduceOptions options, ReportFolder out,
                      Consumer<String> progress) {
        MazeComparison.Settings settings = new MazeComparison.Settings(SLIPS, MazeExperts.TRAINING_SLIP,
                options.episodes(), options.seed(), gateConfig(options.seed()));
        MazeComparison.Outcome outcome = MazeComparison.run(experts, gate, settings, progress);
        List<String> rows = new ArrayList<>();
        for (MazeComparison.Row r : outcome.rows()) {
            MazeEvaluation.Result e = r.result();
            rows.add(ReportFolder.csvRow(e.task(), e.slip(), r.method(), e.steps().count(), e.seed(), e.success().rate(),
                    e.success().lower95(), e.success().upper95(), e.steps().mean(), e.steps().halfWidth95(),
                    e.optimalSteps(), e.trapHits().rate(), e.prizes().rate(), r.optimalSuccess()));
        }
        out.csv("maze_results.csv", "task,slip,method,episodes,seed,success_rate,success_lo95,success_hi95,mean_steps,"
                + "steps_hw95,optimal_steps,trap_rate,prize_rate,optimal_success", rows);
        List<String> curveRows = new ArrayList<>();
        outcome.gates().forEach((task, g) -> g.curve().windows().forEach(w -> curveRows.add(ReportFolder.csvRow(task,
                w.episode(), w.totalSteps(), w.meanReturn(), w.successRate(), w.meanSteps()))));
        out.csv("maze_softmax_learning_curves.csv", "task,episode,total_steps,mean_return,success_rate,mean_steps",
                curveRows);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("settings", settings);
        json.put("stepLimit", MazeExperts.STEP_LIMIT);
        json.put("expertSeed", MazeExperts.SHIPPED_SEED);
        json.put("expertTrainingSlip", MazeExperts.TRAINING_SLIP);
        Map<String, String> planRules = new LinkedHashMap<>();
        outcome.plans().forEach((task, plan) -> planRules.put(task.name(), plan.rule().toString()));
        json.put("plans", planRules);
        json.put("rows", outcome.rows());
        out.json("maze_results.json", json);
        for (GridTask task : GridTask.values()) {
            out.write("maze_success_" + task.name().toLowerCase(Locale.ROOT) + ".png",
                    chart(task, outcome.gates().get(task), outcome.rows()));
        }
        return markdown(outcome, settings);
    }

    private static byte[] chart(GridTask task, TrainedGate gate, List<MazeComparison.Row> rows) {
        Map<String, double[][]> series = Charts.series();
        LearningCurve curve = gate.curve();
        double[] x = curve.windows().stream().mapToDouble(LearningCurve.Window::episode).toArray();
        double[] y = curve.windows().stream().mapToDouble(LearningCurve.Window::successRate).toArray();
        series.put("softmax gate while training (slip " + MazeExperts.TRAINING_SLIP + ")", new double[][] {x, y});
        double last = x.length == 0 ? 1 : x[x.length - 1];
        for (MazeComparison.Row r : rows) {
            if (r.result().task() == task && r.result().slip() == MazeExperts.TRAINING_SLIP) {
                if (r.method().equals(MazeComparison.PLANNED) || r.method().equals(MazeComparison.SOFTMAX)) {
                    double v = r.result().success().rate();
                    series.put(r.method() + " (evaluated)", new double[][] {{0, last}, {v, v}});
                }
            }
        }
        double optimal = rows.stream().filter(r -> r.result().task() == task
                && r.result().slip() == MazeExperts.TRAINING_SLIP).findFirst().orElseThrow().optimalSuccess();
        series.put("optimal policy", new double[][] {{0, last}, {optimal, optimal}});
        return Charts.lines("Success rate, " + task + ", slip " + MazeExperts.TRAINING_SLIP, "training episode",
                "success rate", series, Set.of(), new double[] {0, 1.02});
    }

    private static String markdown(MazeComparison.Outcome outcome, MazeComparison.Settings s) {
        StringBuilder b = new StringBuilder("## Maze: planned mixture against the trained gate (Fig. 5)\n\n");
        b.append(String.format(Locale.ROOT, "%d evaluation episodes per task, slip and method, seed %d (episode i of"
                + " every method uses the same random stream); step limit %d; 95%% Wilson intervals. Experts trained"
                + " at slip %.2f with seed %d. Softmax gates: %d REINFORCE episodes on the task reward at slip %.2f (temperature 0.5 annealed to 0.01),"
                + " seed %d.%n%n", s.episodes(), s.seed(), MazeExperts.STEP_LIMIT, MazeExperts.TRAINING_SLIP,
                MazeExperts.SHIPPED_SEED, s.gateConfig().episodes(), s.gateTrainingSlip(), s.gateConfig().seed()));
        b.append("Plans of the gate:\n\n");
        outcome.plans().forEach((task, plan) -> b.append("- ").append(task).append(" (\"").append(task.requirement())
                .append("\"): `").append(plan.rule()).append("`\n"));
        b.append("\n| task | slip | method | success [95% CI] | optimal success | mean steps (optimal) | trap | prize |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (MazeComparison.Row r : outcome.rows()) {
            MazeEvaluation.Result e = r.result();
            b.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s | %.3f | %.2f ± %.2f (%d) | %.3f | %.3f |%n",
                    e.task(), e.slip(), r.method(), e.success(), r.optimalSuccess(), e.steps().mean(),
                    e.steps().halfWidth95(), e.optimalSteps(), e.trapHits().rate(), e.prizes().rate()));
        }
        b.append("\nSoftmax-gate learning curves: `maze_softmax_learning_curves.csv`; charts:\n\n");
        for (GridTask task : GridTask.values()) {
            b.append("![").append(task).append("](maze_success_").append(task.name().toLowerCase(Locale.ROOT))
                    .append(".png)\n");
        }
        Map<GridTask, Double> first = new LinkedHashMap<>();
        outcome.gates().forEach((task, g) -> first.put(task, g.curve().windows().get(0).successRate()));
        b.append("\nThe softmax gate's success in its first training window: ").append(first)
                .append(" (the paper reports about 0.75 for Goal+Trap and 0.30 for Goal+Prize+Trap at the start).\n\n");
        return b.toString();
    }
}
