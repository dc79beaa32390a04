package io.github.netmoe.benchmarks.jmh;

import io.github.netmoe.core.rl.DqnConfig;
import io.github.netmoe.core.rl.DqnResult;
import io.github.netmoe.core.rl.DqnTrainer;
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
 * DQN training throughput: one operation is a training run of {@value #STEPS} environment steps with
 * a gradient step (batch 64, default 2x64 ReLU network, double DQN, Adam, clipping) after every
 * environment step once 64 transitions are stored, on a {@link SyntheticEnvironment} whose own cost is
 * negligible. Steps per second = {@value #STEPS} / (seconds per operation). Run:
 * {@code OMP_NUM_THREADS=1 java -cp "$(cat cp.txt):moe-benchmarks/target-rl/classes" org.openjdk.jmh.Main
 * TrainingThroughputBenchmark -f 1 -wi 2 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainingThroughputBenchmark {
    /** Environment steps per operation. */
    public static final int STEPS = 2_000;

    /** Number of state features. */
    @Param({"16"})
    public int features;

    /** Number of actions. */
    @Param({"4", "40"})
    public int actions;

    private SyntheticEnvironment environment;
    private DqnTrainer trainer;

    /** Builds the environment and the trainer. */
    @Setup
    public void setUp() {
        environment = new SyntheticEnvironment(256, features, actions, 1);
        trainer = new DqnTrainer(DqnConfig.builder().batchSize(64).warmupSteps(64).episodes(Integer.MAX_VALUE)
                .maxTotalSteps(STEPS).reportEvery(Integer.MAX_VALUE).epsilonDecaySteps(STEPS).build());
    }

    /** @return the result of a {@value #STEPS}-step training run */
    @Benchmark
    public DqnResult train() {
        return trainer.train(environment, s -> false);
    }
}
