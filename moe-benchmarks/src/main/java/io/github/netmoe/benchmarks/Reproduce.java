package io.github.netmoe.benchmarks;

import io.github.netmoe.benchmarks.report.ReportFolder;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.NetMoeException;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.TrainingListener;
import io.github.netmoe.gridworld.GridState;
import io.github.netmoe.gridworld.GridTask;
import io.github.netmoe.gridworld.GridWorld;
import io.github.netmoe.gridworld.MazeExperts;
import io.github.netmoe.llm.gate.LlmGate;
import io.github.netmoe.llm.offline.OfflineGate;
import io.github.netmoe.llm.openai.OpenAiCompatibleLanguageModel;
import io.github.netmoe.llm.openai.OpenAiSettings;
import io.github.netmoe.wireless.NspEnvironment;
import io.github.netmoe.wireless.NspExperts;
import io.github.netmoe.wireless.NspMetric;
import io.github.netmoe.wireless.NspSettings;
import io.github.netmoe.wireless.NspUser;
import io.github.netmoe.wireless.UserDistribution;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The main job: reproduces the paper's two experiments with the offline gate (or a language model at an
 * OpenAI-compatible endpoint) and writes a report folder — {@code report.md} with tables, settings and
 * seeds, CSV and JSON data, PNG charts. Run through the README's first command,
 * {@code ./mvnw -B -DskipTests -Preproduce verify}; options with {@code -Dreproduce.args="..."}
 * ({@link ReproduceOptions#USAGE}).
 */
public final class Reproduce {
    /** The paper's example requirements, with the task or case each stands for. */
    static final Map<String, String> PAPER_REQUIREMENTS = paperRequirements();

    private Reproduce() {
    }

    /**
     * @param args the command line ({@link ReproduceOptions#USAGE})
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args the command line
     * @param out progress and results
     * @param err usage and errors
     * @return the exit status: 0 done, 1 failed, 2 wrong command line
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ReproduceOptions options;
        try {
            options = ReproduceOptions.parse(args);
        } catch (ReproduceOptions.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(ReproduceOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(ReproduceOptions.USAGE);
            return 0;
        }
        try {
            reproduce(options, out);
            return 0;
        } catch (NetMoeException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void reproduce(ReproduceOptions o, PrintStream out) {
        long start = System.nanoTime();
        Consumer<String> progress = line -> out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) * 1e-9,
                line);
        ReportFolder folder = new ReportFolder(o.out());
        GatePolicy gate = gate(o);
        progress.accept("gate: " + (o.llmBaseUrl() == null ? "offline (no network, no model)"
                : "language model " + o.llmModel() + " at " + o.llmBaseUrl() + ", offline fallback"));
        TrainingListener trainingLog = p -> progress.accept("  " + p);
        List<DqnExpert<GridState>> maze = o.retrain() ? MazeExperts.trainAll(MazeExperts.SHIPPED_SEED, trainingLog)
                : MazeExperts.shipped();
        NspSettings market = NspSettings.paper();
        UserDistribution users = UserDistribution.aroundPaper();
        List<DqnExpert<NspUser>> nsp = o.retrain()
                ? NspExperts.trainAll(market, users, NspExperts.DEFAULT_STEPS, NspExperts.SHIPPED_SEED, trainingLog)
                : NspExperts.shipped();
        progress.accept((o.retrain() ? "trained" : "loaded the shipped") + " experts: "
                + maze.stream().map(e -> e.descriptor().id()).toList() + ", "
                + nsp.stream().map(e -> e.descriptor().id()).toList());

        StringBuilder traces = new StringBuilder();
        MixtureOfExperts<GridState> mazeMoe = new MixtureOfExperts<>(
                GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0, MazeExperts.STEP_LIMIT), maze);
        GridState startState = mazeMoe.environment().reset(new java.util.SplittableRandom(o.seed()));
        for (Map.Entry<String, String> r : PAPER_REQUIREMENTS.entrySet()) {
            if (r.getValue().startsWith("maze")) {
                GatePlan plan = mazeMoe.plan(gate, r.getKey());
                Decision d = mazeMoe.decide(startState, plan);
                traces.append(Traces.of(plan, d, "the start cell (0,0)", "move " + MOVES[d.action()])).append('\n');
            }
        }
        NspEnvironment nspEnv = new NspEnvironment(market, NspMetric.THROUGHPUT, users);
        MixtureOfExperts<NspUser> nspMoe = new MixtureOfExperts<>(nspEnv, nsp);
        String gaming = "I need seamless and uninterrupted gaming sessions";
        GatePlan gamingPlan = nspMoe.plan(gate, gaming);
        Decision gamingDecision = nspMoe.decide(new NspUser(0, UserDistribution.paperMrtLink()), gamingPlan);
        traces.append(Traces.of(gamingPlan, gamingDecision, "the paper's link (M=10, theta=6, D=10)",
                String.format(Locale.ROOT, "sell %.1f W", market.power(gamingDecision.action()))));
        out.println();
        out.print(traces);

        String mazeSection = MazeSection.run(maze, gate, o, folder, progress);
        String nspSection = NspSection.run(nsp, gamingPlan, o, folder, progress);
        String batch = BatchDecisions.measure(nspMoe, gate, market, users, o.seed(), progress);
        double seconds = (System.nanoTime() - start) * 1e-9;
        folder.text("report.md", report(o, traces.toString(), mazeSection, nspSection, batch, seconds, folder));
        folder.json("settings.json", settings(o, seconds));
        progress.accept("report written to " + folder.root().toAbsolutePath().resolve("report.md"));
    }

    private static final String[] MOVES = {"right (+x)", "left (-x)", "up (+y)", "down (-y)"};

    private static GatePolicy gate(ReproduceOptions o) {
        if (o.llmBaseUrl() == null) {
            return new OfflineGate();
        }
        OpenAiCompatibleLanguageModel model = new OpenAiCompatibleLanguageModel(
                OpenAiSettings.builder(o.llmBaseUrl(), o.llmModel()).build());
        return LlmGate.builder(model).fallback(new OfflineGate()).build();
    }

    private static Map<String, String> paperRequirements() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("Find the shortest path to the goal", "maze: expert a");
        r.put("Navigate the walker to explore the environment and obtain the prize", "maze: expert c");
        r.put("Safely obtain the prize first, then arrive at the goal", "maze: Goal+Prize+Trap");
        r.put("I need seamless and uninterrupted gaming sessions", "nsp: Case 3");
        return r;
    }

    private static Map<String, Object> settings(ReproduceOptions o, double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seed", o.seed());
        s.put("episodes", o.episodes());
        s.put("retrain", o.retrain());
        s.put("gate", o.llmBaseUrl() == null ? "offline" : "llm:" + o.llmModel() + "@" + o.llmBaseUrl());
        s.put("mazeExpertSeed", MazeExperts.SHIPPED_SEED);
        s.put("mazeTrainingSlip", MazeExperts.TRAINING_SLIP);
        s.put("mazeStepLimit", MazeExperts.STEP_LIMIT);
        s.put("nspExpertSeed", NspExperts.SHIPPED_SEED);
        s.put("nspExpertSteps", NspExperts.DEFAULT_STEPS);
        s.put("nspMarket", NspSettings.paper().toString());
        s.put("nspUsers", UserDistribution.aroundPaper().toString());
        s.put("elapsedSeconds", seconds);
        s.put("java", System.getProperty("java.version"));
        s.put("cores", Runtime.getRuntime().availableProcessors());
        return s;
    }

    private static String report(ReproduceOptions o, String traces, String maze, String nsp, String batch,
                                 double seconds, ReportFolder folder) {
        StringBuilder b = new StringBuilder("# NetMoE: reproduction of Du et al. (2024)\n\n");
        b.append(String.format(Locale.ROOT, "Seed %d, %d episodes/users per evaluation, gate %s, experts %s. Run took"
                + " %.0f s on %d cores (Java %s).%n%n", o.seed(), o.episodes(),
                o.llmBaseUrl() == null ? "offline" : o.llmModel(), o.retrain() ? "retrained" : "shipped", seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        b.append("## The four steps for the paper's requirements\n\n```\n").append(traces).append("```\n\n");
        b.append(maze).append(nsp).append(batch);
        b.append("## Files\n\n");
        folder.written().forEach(p -> b.append("- `").append(p).append("`\n"));
        b.append("- `report.md`\n");
        return b.toString();
    }
}
