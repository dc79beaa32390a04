package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.core.Decision;
import io.github.netmoe.core.nn.Mlp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DQN learns known optimal policies and is reproducible from its seed. */
class DqnTrainerTest {

    static DqnConfig.Builder small() {
        return DqnConfig.builder().hiddenLayers(32, 32).learningRate(3e-3).batchSize(32).replayCapacity(5_000)
                .warmupSteps(200).targetSyncPeriod(100).epsilonDecaySteps(1_500).maxStepsPerEpisode(40)
                .reportEvery(50);
    }

    @Test
    void learnsToWalkRightInACorridor() {
        Corridor corridor = new Corridor(8);
        List<TrainingProgress> reports = new ArrayList<>();
        DqnResult result = new DqnTrainer(small().discount(0.9).episodes(200).epsilonDecaySteps(1_000).seed(11).build(),
                reports::add)
                .train(corridor, s -> s == corridor.goal());
        Mlp q = result.qNetwork();
        for (int cell = 0; cell < corridor.goal(); cell++) {
            assertThat(Decision.argmax(q.forward(corridor.features(cell)))).as("greedy action in cell %d", cell)
                    .isEqualTo(Corridor.RIGHT);
        }
        assertThat(result.curve().windows()).hasSize(4);
        assertThat(reports).extracting(TrainingProgress::episode).containsExactly(50, 100, 150, 200);
        assertThat(reports).extracting(TrainingProgress::window).isEqualTo(result.curve().windows());
        assertThat(reports.get(3).totalSteps()).isEqualTo(result.totalSteps());
        assertThat(result.curve().last().successRate()).isGreaterThan(0.9);
    }

    @Test
    void learnsTheBestArmOfEveryContext() {
        ContextualBandit bandit = new ContextualBandit(6, 5);
        DqnResult result = new DqnTrainer(small().discount(0.0).episodes(600).warmupSteps(100)
                .epsilonDecaySteps(300).seed(5).build()).train(bandit, bandit::answeredCorrectly);
        for (int c = 0; c < bandit.contexts(); c++) {
            double[] q = result.qNetwork().forward(bandit.features(new ContextualBandit.Round(c, -1)));
            assertThat(Decision.argmax(q)).as("context %d, Q = %s", c, java.util.Arrays.toString(q)).isEqualTo(bandit.best(c));
        }
    }

    @Test
    void sameSeedGivesIdenticalWeightsAndDifferentSeedsDiffer() {
        Corridor corridor = new Corridor(5);
        DqnConfig config = small().episodes(40).warmupSteps(50).seed(99).build();
        DqnResult first = new DqnTrainer(config).train(corridor, s -> s == corridor.goal());
        DqnResult second = new DqnTrainer(config).train(corridor, s -> s == corridor.goal());
        DqnResult other = new DqnTrainer(config.toBuilder().seed(100).build()).train(corridor, s -> s == corridor.goal());
        assertThat(first.gradientSteps()).isPositive();
        assertThat(second.qNetwork()).isEqualTo(first.qNetwork());
        assertThat(second.curve()).isEqualTo(first.curve());
        assertThat(other.qNetwork()).isNotEqualTo(first.qNetwork());
    }

    @Test
    void stopsAtTheStepBudget() {
        Corridor corridor = new Corridor(30);
        DqnResult result = new DqnTrainer(small().episodes(1_000).maxTotalSteps(100).warmupSteps(1_000).build())
                .train(corridor, s -> s == corridor.goal());
        assertThat(result.totalSteps()).isEqualTo(100);
        assertThat(result.gradientSteps()).isZero();
        assertThat(result.curve().last().meanLoss()).isNaN();
    }

    /** Rewards of Double.MAX_VALUE overflow the batch loss: training stops with a ConvergenceException. */
    @Test
    void divergenceIsReportedNotHidden() {
        ContextualBandit bandit = new ContextualBandit(2, 2);
        io.github.netmoe.core.Environment<ContextualBandit.Round> huge = new DelegatingEnvironment<>(bandit) {
            @Override
            public io.github.netmoe.core.Step<ContextualBandit.Round> step(ContextualBandit.Round state, int action,
                                                                          java.util.random.RandomGenerator rng) {
                return new io.github.netmoe.core.Step<>(new ContextualBandit.Round(state.context(), action),
                        Double.MAX_VALUE, true);
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DqnTrainer(small().episodes(200).warmupSteps(0)
                        .build()).train(huge, s -> true))
                .isInstanceOf(io.github.netmoe.core.ConvergenceException.class).hasMessageContaining("diverged");
    }
}
