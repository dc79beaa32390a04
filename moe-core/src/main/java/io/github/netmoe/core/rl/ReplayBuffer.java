package io.github.netmoe.core.rl;

import io.github.netmoe.core.InvalidArgumentException;
import java.util.SplittableRandom;

/**
 * A fixed-capacity ring buffer of transitions {@code (x, a, r, x', terminal)} stored as feature
 * vectors in flat primitive arrays; once full, each new transition replaces the oldest. Sampling is
 * uniform with replacement, driven by the caller's generator so that training is reproducible.
 *
 * <p>Not thread-safe.
 */
final class ReplayBuffer {
    private final int capacity;
    private final int featureCount;
    private final double[] states;
    private final double[] nextStates;
    private final int[] actions;
    private final double[] rewards;
    private final boolean[] terminals;
    private int next;
    private int size;

    ReplayBuffer(int capacity, int featureCount) {
        this.capacity = capacity;
        this.featureCount = featureCount;
        long cells = (long) capacity * featureCount;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new InvalidArgumentException("replayCapacity * featureCount = " + cells
                    + " must be below " + (Integer.MAX_VALUE - 8) + "; lower replayCapacity");
        }
        this.states = new double[(int) cells];
        this.nextStates = new double[(int) cells];
        this.actions = new int[capacity];
        this.rewards = new double[capacity];
        this.terminals = new boolean[capacity];
    }

    /** Stores a transition, replacing the oldest once the buffer is full. */
    void add(double[] state, int action, double reward, double[] nextState, boolean terminal) {
        System.arraycopy(state, 0, states, next * featureCount, featureCount);
        System.arraycopy(nextState, 0, nextStates, next * featureCount, featureCount);
        actions[next] = action;
        rewards[next] = reward;
        terminals[next] = terminal;
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    int size() {
        return size;
    }

    /** Draws {@code batchSize} stored transitions uniformly with replacement. */
    Batch sample(int batchSize, SplittableRandom rng) {
        if (size == 0) {
            throw new IllegalStateException("cannot sample an empty replay buffer");
        }
        Batch batch = new Batch(batchSize, featureCount);
        for (int k = 0; k < batchSize; k++) {
            int i = rng.nextInt(size);
            System.arraycopy(states, i * featureCount, batch.states, k * featureCount, featureCount);
            System.arraycopy(nextStates, i * featureCount, batch.nextStates, k * featureCount, featureCount);
            batch.actions[k] = actions[i];
            batch.rewards[k] = rewards[i];
            batch.terminals[k] = terminals[i];
        }
        return batch;
    }

    /** A sampled mini-batch in row-major arrays, ready to be copied into ND4J. */
    static final class Batch {
        final int size;
        final double[] states;
        final double[] nextStates;
        final int[] actions;
        final double[] rewards;
        final boolean[] terminals;

        Batch(int size, int featureCount) {
            this.size = size;
            this.states = new double[size * featureCount];
            this.nextStates = new double[size * featureCount];
            this.actions = new int[size];
            this.rewards = new double[size];
            this.terminals = new boolean[size];
        }
    }
}
