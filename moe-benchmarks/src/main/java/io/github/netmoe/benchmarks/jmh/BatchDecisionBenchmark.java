package io.github.netmoe.benchmarks.jmh;

import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.llm.offline.OfflineGate;
import io.github.netmoe.wireless.NspEnvironment;
import io.github.netmoe.wireless.NspExperts;
import io.github.netmoe.wireless.NspMetric;
import io.github.netmoe.wireless.NspSettings;
import io.github.netmoe.wireless.NspUser;
import io.github.netmoe.wireless.UserDistribution;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue 7's batch decisions: K = 100 000 NSP users with four different requirements (gaming,
 * downloads, reliability, accuracy), each requirement planned once by the offline gate, decided by the
 * shipped DQN experts. Scores are users per second; {@code decideBatch2Threads} runs two threads on the
 * shared (thread-safe) mixture, i.e. both cores of the reference machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchDecisionBenchmark {
    static final int USERS = 100_000;

    private MixtureOfExperts<NspUser> moe;
    private GatePlan[] plans;
    private NspUser[] users;

    /** Loads the experts, plans the four requirements and draws the users. */
    @Setup
    public void setUp() {
        NspSettings market = NspSettings.paper();
        UserDistribution distribution = UserDistribution.aroundPaper();
        moe = new MixtureOfExperts<>(new NspEnvironment(market, NspMetric.THROUGHPUT, distribution),
                NspExperts.shipped());
        OfflineGate gate = new OfflineGate();
        plans = List.of("I need seamless and uninterrupted gaming sessions", "fast downloads please",
                "a reliable connection that never drops", "error-free delivery of my data").stream()
                .map(r -> moe.plan(gate, r)).toArray(GatePlan[]::new);
        SplittableRandom rng = new SplittableRandom(7);
        users = new NspUser[USERS];
        for (int i = 0; i < USERS; i++) {
            users[i] = new NspUser(i, distribution.draw(rng));
        }
    }

    private long decideAll() {
        long checksum = 0;
        for (int i = 0; i < USERS; i++) {
            checksum += moe.decide(users[i], plans[i & 3]).action();
        }
        return checksum;
    }

    /** @return a checksum of the actions (keeps the work alive) */
    @Benchmark
    @OperationsPerInvocation(USERS)
    public long decideBatch() {
        return decideAll();
    }

    /** @return a checksum of the actions */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(USERS)
    public long decideBatch2Threads() {
        return decideAll();
    }
}
