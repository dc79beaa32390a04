package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.netmoe.core.nn.Mlp;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DQN gradient step on ND4J, checked against plain-Java arithmetic. */
class DqnLearnerTest {

    private static ReplayBuffer randomBuffer(int features, int actions, SplittableRandom rng) {
        ReplayBuffer buffer = new ReplayBuffer(500, features);
        for (int i = 0; i < 500; i++) {
            buffer.add(rng.doubles(features, -1, 1).toArray(), rng.nextInt(actions), rng.nextDouble(-1, 1),
                    rng.doubles(features, -1, 1).toArray(), rng.nextInt(5) == 0);
        }
        return buffer;
    }

    /** After 100 gradient steps the plain-Java snapshot still equals ND4J's forward pass to 1e-5. */
    @Test
    void trainedSnapshotEqualsTheNd4jNetwork() {
        SplittableRandom rng = new SplittableRandom(21);
        DqnConfig config = DqnConfig.builder().learningRate(1e-2).targetSyncPeriod(10).build();
        DqnLearner learner = new DqnLearner(config, 9, 40, rng.split());
        ReplayBuffer buffer = randomBuffer(9, 40, rng);
        for (int k = 0; k < 100; k++) {
            learner.train(buffer.sample(64, rng));
        }
        Mlp snapshot = learner.snapshot();
        int rows = 50;
        double[] x = rng.doubles(rows * 9L, -2, 2).toArray();
        double[] nd = learner.online().pass(rows, rows).forward(x);
        double worst = 0;
        for (int r = 0; r < rows; r++) {
            double[] plain = snapshot.forward(java.util.Arrays.copyOfRange(x, r * 9, r * 9 + 9));
            for (int a = 0; a < 40; a++) {
                assertThat(plain[a]).isCloseTo(nd[r * 40 + a], within(1e-5));
                worst = Math.max(worst, Math.abs(plain[a] - nd[r * 40 + a]));
            }
        }
        assertThat(worst).isLessThan(1e-5);
    }

    /**
     * The reported loss is the mean Huber loss of the TD errors computed independently in Java from
     * the snapshots of the online and target networks (double DQN target), tolerance 1e-9.
     */
    @Test
    void lossIsTheHuberLossOfTheDoubleDqnTdError() {
        SplittableRandom rng = new SplittableRandom(8);
        DqnConfig config = DqnConfig.builder().hiddenLayers(8).discount(0.9).huberDelta(0.5).build();
        DqnLearner learner = new DqnLearner(config, 3, 4, rng.split());
        ReplayBuffer buffer = randomBuffer(3, 4, rng);
        ReplayBuffer.Batch batch = buffer.sample(16, rng);
        Mlp online = learner.snapshot();
        Mlp target = online; // before the first step the target is a copy of the online network
        double expected = 0;
        for (int k = 0; k < 16; k++) {
            double[] s = java.util.Arrays.copyOfRange(batch.states, k * 3, k * 3 + 3);
            double[] next = java.util.Arrays.copyOfRange(batch.nextStates, k * 3, k * 3 + 3);
            int best = io.github.netmoe.core.Decision.argmax(online.forward(next));
            double y = batch.rewards[k] + (batch.terminals[k] ? 0 : 0.9 * target.forward(next)[best]);
            double td = online.forward(s)[batch.actions[k]] - y;
            expected += Math.abs(td) <= 0.5 ? 0.5 * td * td : 0.5 * (Math.abs(td) - 0.25);
        }
        assertThat(learner.train(batch)).isCloseTo(expected / 16, within(1e-9));
    }

    /** Repeated steps on one fixed batch of terminal transitions drive the loss towards zero. */
    @Test
    void fittingAFixedBatchReducesTheLoss() {
        SplittableRandom rng = new SplittableRandom(2);
        DqnConfig config = DqnConfig.builder().hiddenLayers(32, 32).learningRate(1e-2).build();
        DqnLearner learner = new DqnLearner(config, 4, 3, rng.split());
        ReplayBuffer buffer = new ReplayBuffer(32, 4);
        for (int i = 0; i < 32; i++) {
            buffer.add(rng.doubles(4, -1, 1).toArray(), rng.nextInt(3), rng.nextDouble(-1, 1), new double[4], true);
        }
        ReplayBuffer.Batch batch = buffer.sample(32, rng);
        double first = learner.train(batch);
        double last = first;
        for (int k = 0; k < 300; k++) {
            last = learner.train(batch);
        }
        assertThat(last).isLessThan(first / 100);
    }
}
