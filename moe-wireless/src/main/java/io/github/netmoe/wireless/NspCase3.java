package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.Expert;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.DqnResult;
import io.github.netmoe.core.rl.TrainingListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The paper's Case 3 (Section III, Fig. 6): a user asks for "seamless and uninterrupted gaming", a
 * requirement no expert was trained for. The gate's plan combines the outage and rate experts into a
 * throughput estimate priced by the throughput utility; nothing is trained. Compared, under the
 * throughput utility on held-out users: the mixture of the trained DQN experts, the same mixture of
 * ideal (closed-form) experts, every expert alone, the oracle, and DQNs trained from scratch on the
 * throughput utility with growing budgets — the training the mixture saves.
 */
public final class NspCase3 {
    private NspCase3() {
    }

    /**
     * What to run.
     *
     * @param settings the market
     * @param users the user distribution
     * @param heldOutUsers users per evaluation
     * @param seed the evaluation seed
     * @param scratchBudgets training users (steps) of each from-scratch DQN, increasing
     * @param scratchSeed the from-scratch DQNs' seed
     */
    public record Settings(NspSettings settings, UserDistribution users, int heldOutUsers, long seed,
                           int[] scratchBudgets, long scratchSeed) {
        /**
         * Validates and copies.
         *
         * @throws io.github.netmoe.core.InvalidArgumentException on null parts or no users
         */
        public Settings {
            Arguments.requireNonNull("settings", settings);
            Arguments.requireNonNull("users", users);
            Arguments.requirePositive("heldOutUsers", heldOutUsers);
            scratchBudgets = Arguments.requireNonNull("scratchBudgets", scratchBudgets).clone();
        }

        @Override
        public int[] scratchBudgets() {
            return scratchBudgets.clone();
        }
    }

    /**
     * A DQN trained from scratch on the throughput utility.
     *
     * @param steps its training users
     * @param seconds its training time
     * @param score its score on the held-out users
     */
    public record ScratchRun(int steps, double seconds, NspEvaluation.Score score) {
    }

    /**
     * The outcome.
     *
     * @param plan the gate's plan for the requirement
     * @param scores method name to its throughput score on the held-out users (mixture, ideal mixture,
     *     each expert alone, oracle)
     * @param expertScores each expert's score on its own metric (how well it learned what it was trained for)
     * @param scratch the from-scratch DQNs, by budget
     * @param stepsToMatch the smallest budget whose DQN reaches the mixture's ratio of means, or -1 if none did
     */
    public record Outcome(GatePlan plan, Map<String, NspEvaluation.Score> scores,
                          Map<String, NspEvaluation.Score> expertScores, List<ScratchRun> scratch, int stepsToMatch) {
    }

    /**
     * Runs Case 3.
     *
     * @param experts the outage, rate and bit-error experts
     * @param plan the gate's plan for the gaming requirement (over the outage and rate experts)
     * @param s what to run
     * @param progress receives a line per finished step
     * @return the outcome
     */
    public static Outcome run(List<? extends Expert<NspUser>> experts, GatePlan plan, Settings s,
                              Consumer<String> progress) {
        NspSettings market = s.settings();
        NspEnvironment env = new NspEnvironment(market, NspMetric.THROUGHPUT, s.users());
        MixtureOfExperts<NspUser> moe = new MixtureOfExperts<>(env, experts);
        MixtureOfExperts<NspUser> ideal = new MixtureOfExperts<>(env, idealExperts(market));
        Map<String, NspEvaluation.Score> scores = new LinkedHashMap<>();
        scores.put("MoE (trained experts)", score(u -> moe.decide(u, plan).action(), s));
        scores.put("MoE (closed-form experts)", score(u -> ideal.decide(u, plan).action(), s));
        Map<String, NspEvaluation.Score> expertScores = new LinkedHashMap<>();
        for (int i = 0; i < experts.size(); i++) {
            Expert<NspUser> e = experts.get(i);
            scores.put(e.descriptor().id() + " alone", score(NspEvaluation.greedy(e), s));
            NspMetric own = NspExperts.METRICS.get(i);
            expertScores.put(e.descriptor().id(), NspEvaluation.score(NspEvaluation.greedy(e), own, market, s.users(),
                    s.heldOutUsers(), s.seed()));
        }
        scores.put("oracle", score(u -> NspOracle.bestAction(market, u.link(), NspMetric.THROUGHPUT), s));
        progress.accept(String.format(java.util.Locale.ROOT, "Case 3 mixture: %.2f%% of the oracle's mean utility",
                100 * scores.get("MoE (trained experts)").ratioOfMeans()));
        List<ScratchRun> scratch = new ArrayList<>();
        int stepsToMatch = -1;
        double target = scores.get("MoE (trained experts)").ratioOfMeans();
        for (int budget : s.scratchBudgets()) {
            long start = System.nanoTime();
            DqnResult r = NspExperts.train(market, s.users(), NspMetric.THROUGHPUT, budget, s.scratchSeed(),
                    TrainingListener.none());
            DqnExpert<NspUser> fresh = r.toExpert(ExpertDescriptor.of("tp-from-scratch", "DQN trained on throughput",
                    List.of(WirelessCatalogue.OUTAGE, WirelessCatalogue.RATE), "throughput utility",
                    io.github.netmoe.core.Normalisation.identity()), env);
            ScratchRun run = new ScratchRun(budget, (System.nanoTime() - start) * 1e-9,
                    score(NspEvaluation.greedy(fresh), s));
            scratch.add(run);
            if (stepsToMatch < 0 && run.score().ratioOfMeans() >= target) {
                stepsToMatch = budget;
            }
            progress.accept(String.format(java.util.Locale.ROOT, "from-scratch DQN, %d users: %.2f%% of the oracle (%.1f s)",
                    budget, 100 * run.score().ratioOfMeans(), run.seconds()));
        }
        return new Outcome(plan, scores, expertScores, scratch, stepsToMatch);
    }

    /**
     * @param market the market
     * @return closed-form outage, rate and bit-error experts with the catalogue descriptors
     */
    public static List<Expert<NspUser>> idealExperts(NspSettings market) {
        List<ExpertDescriptor> d = WirelessCatalogue.descriptors(market);
        List<Expert<NspUser>> experts = new ArrayList<>();
        for (int i = 0; i < NspExperts.METRICS.size(); i++) {
            experts.add(new ClosedFormExpert(d.get(i), market, NspExperts.METRICS.get(i)));
        }
        return experts;
    }

    private static NspEvaluation.Score score(java.util.function.ToIntFunction<NspUser> policy, Settings s) {
        return NspEvaluation.score(policy, NspMetric.THROUGHPUT, s.settings(), s.users(), s.heldOutUsers(), s.seed());
    }

    /**
     * One row of the Fig. 6 table: a power level at one link.
     *
     * @param power the power in watts
     * @param outage OP
     * @param rate DR in bit/s
     * @param throughput TP in bit/s
     * @param qosEstimates each expert's QoS estimate (its normalised evaluation) at this level, by expert id
     * @param utilities the closed-form utility of each metric at this level
     */
    public record PowerRow(double power, double outage, double rate, double throughput, Map<String, Double> qosEstimates,
                           Map<NspMetric, Double> utilities) {
    }

    /**
     * The Fig. 6 data at one link: per power level OP, DR, TP, each expert's QoS estimate and every
     * metric's utility.
     *
     * @param experts the experts
     * @param market the market
     * @param link the link (the paper's: {@link UserDistribution#paperMrtLink()})
     * @return one row per power level
     */
    public static List<PowerRow> figure6(List<? extends Expert<NspUser>> experts, NspSettings market, MrtLink link) {
        NspUser user = new NspUser(0, link);
        Map<String, double[]> estimates = new LinkedHashMap<>();
        for (Expert<NspUser> e : experts) {
            estimates.put(e.descriptor().id(), e.descriptor().normalisation().apply(e.evaluate(user)));
        }
        Map<NspMetric, double[]> utilities = new LinkedHashMap<>();
        for (NspMetric m : NspMetric.values()) {
            utilities.put(m, market.utilities(link, m));
        }
        List<PowerRow> rows = new ArrayList<>();
        for (int a = 0; a < market.levels(); a++) {
            double p = market.power(a);
            Map<String, Double> q = new LinkedHashMap<>();
            final int level = a;
            estimates.forEach((id, v) -> q.put(id, v[level]));
            Map<NspMetric, Double> u = new LinkedHashMap<>();
            utilities.forEach((m, v) -> u.put(m, v[level]));
            rows.add(new PowerRow(p, link.outageProbability(p, market.snrThreshold()),
                    link.dataRate(p, market.bandwidthHz()), link.throughput(p, market.bandwidthHz(), market.snrThreshold()),
                    q, u));
        }
        return rows;
    }

    /**
     * @param experts experts
     * @param user a user
     * @return each expert's preferred power level index, by expert id
     */
    public static Map<String, Integer> preferredActions(List<? extends Expert<NspUser>> experts, NspUser user) {
        Map<String, Integer> preferred = new LinkedHashMap<>();
        experts.forEach(e -> preferred.put(e.descriptor().id(), Decision.argmax(e.evaluate(user))));
        return preferred;
    }
}
