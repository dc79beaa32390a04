package io.github.netmoe.core.rl;

import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.nn.Mlp;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Models with random weights for store and expert tests (no training needed). */
final class Models {
    private Models() {
    }

    static Mlp randomMlp(long seed, Mlp.Activation activation, int... sizes) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[sizes.length - 1][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l < w.length; l++) {
            w[l] = rng.doubles(sizes[l] * sizes[l + 1], -1, 1).toArray();
            b[l] = rng.doubles(sizes[l + 1], -0.1, 0.1).toArray();
        }
        return new Mlp(sizes, w, b, activation);
    }

    static DqnExpert<Integer> corridorExpert(Corridor corridor, Normalisation normalisation, DqnConfig config) {
        ExpertDescriptor descriptor = new ExpertDescriptor("walker", "walks towards the goal", List.of("goal"),
                "Q-value: discounted return, +1 at the goal", normalisation,
                Map.of("reward.goal", "1.0", "reward.step", "-0.01"));
        return new DqnExpert<>(descriptor, randomMlp(17, Mlp.Activation.RELU, corridor.featureCount(), 16, 16, 2),
                corridor, config);
    }
}
