package io.github.netmoe.benchmarks.jmh;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.nn.Mlp;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.LearningCurve;
import io.github.netmoe.core.rl.SoftmaxGateConfig;
import io.github.netmoe.core.rl.TrainedGate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the per-step decision path with DQN experts of two 64-unit hidden layers over 40 actions
 * (issue target: evaluate at most 2 µs, decide at most 5 µs):
 * <ul>
 *   <li>{@code evaluate}: one {@link DqnExpert#evaluate} (features + plain-Java MLP);</li>
 *   <li>{@code decideWeightedSum}: {@link MixtureOfExperts#decide} with two experts, min-max normalised,
 *       weighted sum (the LLM gate's kind of plan);</li>
 *   <li>{@code decideLearnedGating}: the same two experts under a trained-gate plan
 *       ({@link CombinationRule.LearnedGating}, gate network features-32-2).</li>
 * </ul>
 * Weights are random (timing does not depend on their values); states cycle through 64 precomputed
 * ones. Run: {@code OMP_NUM_THREADS=1 java -cp "$(cat cp.txt):moe-benchmarks/target-rl/classes"
 * org.openjdk.jmh.Main DecisionBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {
    /** Number of state features. */
    @Param({"16"})
    public int features;

    /** Number of actions. */
    @Param({"40"})
    public int actions;

    private SyntheticEnvironment environment;
    private DqnExpert<Integer> first;
    private MixtureOfExperts<Integer> mixture;
    private GatePlan sumPlan;
    private GatePlan gatedPlan;
    private int next;

    /** Builds two experts with random 2x64 networks, the mixture and both plans. */
    @Setup
    public void setUp() {
        environment = new SyntheticEnvironment(64, features, actions, 1);
        first = expert("first", 2);
        DqnExpert<Integer> second = expert("second", 3);
        mixture = new MixtureOfExperts<>(environment, List.of(first, second));
        sumPlan = GatePlan.manual("both", List.of("reward"),
                CombinationRule.weightedSum(Map.of("first", 0.5, "second", 0.5)));
        TrainedGate gate = new TrainedGate(List.of("first", "second"), List.of("reward"),
                randomMlp(4, Mlp.Activation.TANH, features, 32, 2), SoftmaxGateConfig.defaults(),
                new LearningCurve("softmax-gate", List.of()));
        gatedPlan = gate.plan("both");
        mixture.decide(0, sumPlan);
        mixture.decide(0, gatedPlan);
    }

    private DqnExpert<Integer> expert(String id, long seed) {
        ExpertDescriptor descriptor = ExpertDescriptor.of(id, "benchmark expert", List.of("reward"), "Q-value",
                Normalisation.minMax());
        return new DqnExpert<>(descriptor, randomMlp(seed, Mlp.Activation.RELU, features, 64, 64, actions),
                environment, null);
    }

    static Mlp randomMlp(long seed, Mlp.Activation activation, int... sizes) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[sizes.length - 1][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l < w.length; l++) {
            double bound = Math.sqrt(6.0 / sizes[l]);
            w[l] = rng.doubles((long) sizes[l] * sizes[l + 1], -bound, bound).toArray();
            b[l] = rng.doubles(sizes[l + 1], -0.1, 0.1).toArray();
        }
        return new Mlp(sizes, w, b, activation);
    }

    private int state() {
        next = (next + 1) & 63;
        return next;
    }

    /** @return the Q-values of one expert */
    @Benchmark
    public double[] evaluate() {
        return first.evaluate(state());
    }

    /** @return a weighted-sum decision of two experts */
    @Benchmark
    public Decision decideWeightedSum() {
        return mixture.decide(state(), sumPlan);
    }

    /** @return a learned-gating decision of two experts */
    @Benchmark
    public Decision decideLearnedGating() {
        return mixture.decide(state(), gatedPlan);
    }
}
