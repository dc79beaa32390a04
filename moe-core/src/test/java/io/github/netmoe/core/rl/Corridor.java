package io.github.netmoe.core.rl;

import io.github.netmoe.core.Environment;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A corridor of {@code length} cells; the agent starts in a uniformly drawn cell left of the goal
 * (the rightmost cell), action 0 moves left (walls stop it), action 1 moves right. Reaching the goal
 * pays +1 and ends the episode; every other step costs {@code 0.01}. The optimal policy is "right" in
 * every cell, with value {@code gamma^(d-1) - 0.01 * (1 - gamma^(d-1))/(1 - gamma)} at distance d.
 * Features: one-hot position.
 */
final class Corridor implements Environment<Integer> {
    static final int LEFT = 0;
    static final int RIGHT = 1;

    private final int length;

    Corridor(int length) {
        this.length = length;
    }

    int goal() {
        return length - 1;
    }

    @Override
    public Integer reset(RandomGenerator rng) {
        return rng.nextInt(length - 1);
    }

    @Override
    public Step<Integer> step(Integer state, int action, RandomGenerator rng) {
        if (action != LEFT && action != RIGHT) {
            throw new InvalidArgumentException("action = " + action + " must be in [0, 1]");
        }
        int next = action == RIGHT ? state + 1 : Math.max(0, state - 1);
        return next == goal() ? new Step<>(next, 1.0, true) : new Step<>(next, -0.01, false);
    }

    @Override
    public int actionCount() {
        return 2;
    }

    @Override
    public double[] features(Integer state) {
        double[] x = new double[length];
        x[state] = 1;
        return x;
    }

    @Override
    public int featureCount() {
        return length;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return new ObjectiveCatalogue("corridor", "1",
                List.of(new Objective("goal", "reach the right end of the corridor", Objective.Kind.TERMINAL, List.of())),
                List.of(), List.of());
    }
}
