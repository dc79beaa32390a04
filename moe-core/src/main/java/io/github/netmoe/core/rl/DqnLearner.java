package io.github.netmoe.core.rl;

import io.github.netmoe.core.ConvergenceException;
import io.github.netmoe.core.nn.Mlp;
import java.util.SplittableRandom;

/**
 * The learning half of DQN: an online and a target Q-network on ND4J and one batched gradient step
 * on the Huber loss of the temporal-difference error,
 * <pre>
 * y_k   = r_k + gamma (1 - terminal_k) Q_target(x'_k, a*_k),
 *         a*_k = argmax_a Q_online(x'_k, a) (double DQN) or argmax_a Q_target(x'_k, a)
 * L     = (1/B) sum_k huber_delta(Q_online(x_k, a_k) - y_k)
 * </pre>
 * The targets and the loss gradient at the output are computed in Java from the networks' outputs
 * (a few hundred numbers), the rest (three forward passes, back-propagation, clipping, Adam) in ND4J.
 *
 * <p>Not thread-safe.
 */
final class DqnLearner {
    private final DqnConfig config;
    private final NdMlp online;
    private final NdMlp target;
    private final AdamOptimiser optimiser;
    private final int actions;
    private long steps;
    private Mlp snapshot;
    private NdMlp.Pass onlinePass;
    private NdMlp.Pass targetPass;

    DqnLearner(DqnConfig config, int featureCount, int actionCount, SplittableRandom initRng) {
        this.config = config;
        this.actions = actionCount;
        this.online = NdMlp.initialise(config.layerSizes(featureCount, actionCount), config.activation(), 1.0,
                initRng);
        this.target = online.copy();
        this.optimiser = new AdamOptimiser(NdMlp.parameterCount(config.layerSizes(featureCount, actionCount)),
                config.learningRate(), config.maxGradientNorm());
    }

    /**
     * One gradient step on a sampled batch; copies the online network into the target network every
     * {@code targetSyncPeriod} steps.
     *
     * @return the batch's mean Huber loss before the step
     * @throws ConvergenceException if the loss is not finite (training diverged)
     */
    double train(ReplayBuffer.Batch batch) {
        int n = batch.size;
        int features = online.inputSize();
        if (onlinePass == null || targetPass.rows() != n) {
            onlinePass = online.pass(config.doubleDqn() ? 2 * n : n, n);
            targetPass = target.pass(n, n);
        }
        double[] nextTarget = targetPass.forward(batch.nextStates);
        // double DQN: one online pass over [states; next states]; only the first n rows are trained
        double[] rows = batch.states;
        if (config.doubleDqn()) {
            rows = java.util.Arrays.copyOf(batch.states, 2 * n * features);
            System.arraycopy(batch.nextStates, 0, rows, n * features, n * features);
        }
        double[] q = onlinePass.forward(rows);
        int nextOffset = config.doubleDqn() ? n * actions : 0;
        double[] nextOnline = config.doubleDqn() ? q : nextTarget;
        double[] dOutput = new double[n * actions];
        double delta = config.huberDelta();
        double loss = 0;
        for (int k = 0; k < n; k++) {
            double bootstrap = 0;
            if (!batch.terminals[k]) {
                int best = argmax(nextOnline, nextOffset + k * actions, actions);
                bootstrap = nextTarget[k * actions + best];
            }
            double y = batch.rewards[k] + config.discount() * bootstrap;
            double td = q[k * actions + batch.actions[k]] - y;
            double abs = Math.abs(td);
            loss += abs <= delta ? 0.5 * td * td : delta * (abs - 0.5 * delta);
            dOutput[k * actions + batch.actions[k]] = Math.max(-delta, Math.min(delta, td)) / n;
        }
        loss /= n;
        if (!Double.isFinite(loss)) {
            throw new ConvergenceException("DQN training diverged at gradient step " + steps + ": loss = " + loss
                    + " (learningRate = " + config.learningRate() + ", maxGradientNorm = " + config.maxGradientNorm()
                    + "); lower the learning rate or check the environment's rewards and features");
        }
        onlinePass.backward(dOutput);
        optimiser.step(online.parameters(), online.gradient());
        snapshot = null;
        steps++;
        if (steps % config.targetSyncPeriod() == 0) {
            target.copyFrom(online);
        }
        return loss;
    }

    /** @return a plain-Java snapshot of the online network (cached until the next gradient step) */
    Mlp snapshot() {
        Mlp s = snapshot;
        if (s == null) {
            s = online.snapshot();
            snapshot = s;
        }
        return s;
    }

    NdMlp online() {
        return online;
    }

    long gradientSteps() {
        return steps;
    }

    private static int argmax(double[] values, int offset, int length) {
        int best = 0;
        for (int a = 1; a < length; a++) {
            if (values[offset + a] > values[offset + best]) {
                best = a;
            }
        }
        return best;
    }
}
