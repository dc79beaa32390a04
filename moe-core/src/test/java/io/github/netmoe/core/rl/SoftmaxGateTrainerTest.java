package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.Expert;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.PlanException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The softmax gate learns which expert to trust where, and plans exactly what it was trained on. */
class SoftmaxGateTrainerTest {
    /** best(c) = (3c + 1) mod 7 = 1, 4, 0, 3, 6, 2: action 5 is never best. */
    private static final ContextualBandit BANDIT = new ContextualBandit(6, 7);
    private static final int ACTIONS = 7;
    private static final int NEVER_BEST = 5;

    /**
     * "low" answers contexts 0-2 correctly and the others wrongly, "high" the reverse; "distractor"
     * always prefers action 5, which is never right.
     */
    private static List<Expert<ContextualBandit.Round>> banditExperts() {
        int half = BANDIT.contexts() / 2;
        return List.of(
                new FixedExpert<>("low", Normalisation.minMax(), r -> FixedExpert.oneHot(ACTIONS,
                        r.context() < half ? BANDIT.best(r.context()) : NEVER_BEST)),
                new FixedExpert<>("high", Normalisation.minMax(), r -> FixedExpert.oneHot(ACTIONS,
                        r.context() >= half ? BANDIT.best(r.context()) : NEVER_BEST)),
                new FixedExpert<>("distractor", Normalisation.identity(), r -> FixedExpert.oneHot(ACTIONS, NEVER_BEST)));
    }

    private static SoftmaxGateConfig.Builder small() {
        return SoftmaxGateConfig.builder().hiddenLayers(16).learningRate(0.05).episodesPerUpdate(16).reportEvery(100);
    }

    @Test
    void gateLearnsToPreferTheRightExpertInEveryContext() {
        List<Expert<ContextualBandit.Round>> experts = banditExperts();
        TrainedGate gate = new SoftmaxGateTrainer(small().episodes(800).seed(3).build())
                .train(BANDIT, experts, List.of("answer"), BANDIT::answeredCorrectly);
        MixtureOfExperts<ContextualBandit.Round> mixture = new MixtureOfExperts<>(BANDIT, experts);
        GatePlan plan = mixture.plan(gate.policy(), "answer every context correctly");
        assertThat(plan.rule()).isInstanceOf(CombinationRule.LearnedGating.class);
        assertThat(plan.gate()).isEqualTo(TrainedGate.GATE_NAME);
        for (int c = 0; c < BANDIT.contexts(); c++) {
            ContextualBandit.Round round = new ContextualBandit.Round(c, -1);
            double[] g = gate.weights(BANDIT.features(round));
            int right = c < BANDIT.contexts() / 2 ? 0 : 1;
            assertThat(g[right]).as("weight of the right expert in context %d, g = %s", c, java.util.Arrays.toString(g))
                    .isGreaterThan(0.9);
            assertThat(Decision.argmax(g)).isEqualTo(right);
            assertThat(mixture.decide(round, plan).action()).as("decision in context %d", c).isEqualTo(BANDIT.best(c));
        }
        assertThat(gate.curve().last().successRate()).isGreaterThan(0.9);
        assertThat(gate.curve().windows().get(0).successRate()).isLessThan(gate.curve().last().successRate());
    }

    @Test
    void gateLearnsToFollowTheExpertThatWalksToTheGoal() {
        Corridor corridor = new Corridor(6);
        List<Expert<Integer>> experts = List.of(
                new FixedExpert<>("left", Normalisation.minMax(), s -> new double[] {1, 0}),
                new FixedExpert<>("right", Normalisation.minMax(), s -> new double[] {0, 1}));
        TrainedGate gate = new SoftmaxGateTrainer(small().episodes(400).maxStepsPerEpisode(30).discount(0.9).seed(8)
                .build()).train(corridor, experts, List.of("goal"), s -> s == corridor.goal());
        MixtureOfExperts<Integer> mixture = new MixtureOfExperts<>(corridor, experts);
        GatePlan plan = gate.plan("reach the end");
        for (int cell = 0; cell < corridor.goal(); cell++) {
            assertThat(mixture.decide(cell, plan).action()).as("cell %d", cell).isEqualTo(Corridor.RIGHT);
        }
    }

    /** The trainer's scores are bit-identical to the mixture's for the same gate, in random states. */
    @Test
    void trainingScoresEqualTheScoresTheMixtureExecutes() {
        List<Expert<ContextualBandit.Round>> experts = banditExperts();
        TrainedGate gate = new SoftmaxGateTrainer(small().episodes(16).seed(1).build())
                .train(BANDIT, experts, List.of(), BANDIT::answeredCorrectly);
        MixtureOfExperts<ContextualBandit.Round> mixture = new MixtureOfExperts<>(BANDIT, experts);
        GatePlan plan = gate.plan("anything");
        SplittableRandom rng = new SplittableRandom(4);
        for (int k = 0; k < 20; k++) {
            ContextualBandit.Round round = BANDIT.reset(rng);
            double[] g = GateGradient.softmax(gate.network().forward(BANDIT.features(round)), 1.0);
            double[] expected = GateGradient.scores(g, GateGradient.normalisedEvaluations(experts, round, ACTIONS));
            Decision decision = mixture.decide(round, plan);
            assertThat(decision.scores()).containsExactly(expected);
            assertThat(decision.action()).isEqualTo(Decision.argmax(expected));
        }
    }

    /**
     * The policy gradient of {@code log pi(a)} with respect to the gate logits against central finite
     * differences of the same formula (step 1e-6, tolerance 1e-6 relative).
     */
    @Test
    void logPolicyGradientMatchesFiniteDifferences() {
        double[][] n = {{0.1, 0.9, 0.3}, {0.7, 0.2, 0.4}, {0.5, 0.5, 0.0}};
        double[] z = {0.3, -0.2, 0.8};
        double tau = 0.25;
        int action = 2;
        double[] analytic = new double[3];
        double[] g = GateGradient.softmax(z, 1.0);
        double[] pi = GateGradient.softmax(GateGradient.scores(g, n), tau);
        GateGradient.logPolicyGradient(new GateGradient.Visit(new double[0], g, n, pi, tau, action), 1.0, analytic, 0);
        for (int j = 0; j < 3; j++) {
            double h = 1e-6;
            double[] plus = z.clone();
            plus[j] += h;
            double[] minus = z.clone();
            minus[j] -= h;
            double numeric = (logPi(plus, n, tau, action) - logPi(minus, n, tau, action)) / (2 * h);
            assertThat(analytic[j]).isCloseTo(numeric, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    private static double logPi(double[] z, double[][] n, double tau, int action) {
        return Math.log(GateGradient.softmax(GateGradient.scores(GateGradient.softmax(z, 1.0), n), tau)[action]);
    }

    @Test
    void sameSeedGivesTheSameGate() {
        SoftmaxGateConfig config = small().episodes(64).seed(12).build();
        TrainedGate first = new SoftmaxGateTrainer(config).train(BANDIT, banditExperts(), List.of("answer"),
                BANDIT::answeredCorrectly);
        TrainedGate second = new SoftmaxGateTrainer(config).train(BANDIT, banditExperts(), List.of("answer"),
                BANDIT::answeredCorrectly);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void rejectsUnknownObjectivesAndMissingExperts() {
        SoftmaxGateTrainer trainer = new SoftmaxGateTrainer(small().episodes(16).build());
        assertThatThrownBy(() -> trainer.train(BANDIT, banditExperts(), List.of("fly"), r -> false))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'fly'");
        TrainedGate gate = trainer.train(BANDIT, banditExperts(), List.of("answer"), r -> false);
        MixtureOfExperts<ContextualBandit.Round> partial = new MixtureOfExperts<>(BANDIT, banditExperts().subList(0, 2));
        assertThatThrownBy(() -> partial.plan(gate.policy(), "answer"))
                .isInstanceOf(PlanException.class).hasMessageContaining("[distractor]");
    }
}
