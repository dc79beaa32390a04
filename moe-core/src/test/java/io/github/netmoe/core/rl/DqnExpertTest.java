package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.nn.Mlp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A DQN expert evaluates with its snapshot network, concurrently, and takes part in mixtures. */
class DqnExpertTest {
    private static final Corridor CORRIDOR = new Corridor(7);

    @Test
    void evaluationsAreTheNetworksQValuesOfTheFeatures() {
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, Normalisation.minMax(), null);
        for (int cell = 0; cell < 7; cell++) {
            assertThat(expert.evaluate(cell)).containsExactly(expert.network().forward(CORRIDOR.features(cell)));
        }
    }

    @Test
    void rejectsANetworkOfTheWrongShape() {
        ExpertDescriptor descriptor = ExpertDescriptor.of("x", "x", List.of("goal"), "Q", Normalisation.identity());
        Mlp wrongInput = Models.randomMlp(1, Mlp.Activation.RELU, 6, 4, 2);
        Mlp wrongOutput = Models.randomMlp(1, Mlp.Activation.RELU, 7, 4, 3);
        assertThatThrownBy(() -> new DqnExpert<>(descriptor, wrongInput, CORRIDOR, null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("6 features");
        assertThatThrownBy(() -> new DqnExpert<>(descriptor, wrongOutput, CORRIDOR, null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("3 actions");
    }

    @Test
    void concurrentEvaluationsEqualSequentialOnes() throws Exception {
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, Normalisation.minMax(), null);
        double[][] expected = new double[7][];
        for (int cell = 0; cell < 7; cell++) {
            expected[cell] = expert.evaluate(cell);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 5_000; k++) {
                        int cell = k % 7;
                        if (!java.util.Arrays.equals(expert.evaluate(cell), expected[cell])) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two experts in a weighted sum: the mixture's scores are the weighted normalised Q-values. */
    @Test
    void takesPartInAMixture() {
        DqnExpert<Integer> a = new DqnExpert<>(ExpertDescriptor.of("a", "a", List.of("goal"), "Q", Normalisation.minMax()),
                Models.randomMlp(5, Mlp.Activation.RELU, 7, 8, 2), CORRIDOR, null);
        DqnExpert<Integer> b = new DqnExpert<>(ExpertDescriptor.of("b", "b", List.of("goal"), "Q", Normalisation.minMax()),
                Models.randomMlp(6, Mlp.Activation.RELU, 7, 8, 2), CORRIDOR, null);
        MixtureOfExperts<Integer> mixture = new MixtureOfExperts<>(CORRIDOR, List.of(a, b));
        GatePlan plan = GatePlan.manual("both", List.of("goal"),
                CombinationRule.weightedSum(java.util.Map.of("a", 3.0, "b", 1.0)));
        for (int cell = 0; cell < 7; cell++) {
            double[] na = Normalisation.minMax().apply(a.evaluate(cell));
            double[] nb = Normalisation.minMax().apply(b.evaluate(cell));
            Decision d = mixture.decide(cell, plan);
            for (int action = 0; action < 2; action++) {
                assertThat(d.scores()[action]).isCloseTo(0.75 * na[action] + 0.25 * nb[action],
                        org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }
}
