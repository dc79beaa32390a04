package io.github.netmoe.benchmarks;

import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.wireless.NspSettings;
import io.github.netmoe.wireless.NspUser;
import io.github.netmoe.wireless.UserDistribution;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Batch decisions for many users with different requirements: each requirement is planned once (the
 * plans are cached), then every user is decided. A wall-clock figure for the report; the JMH benchmark
 * {@code BatchDecisionBenchmark} is the measurement to quote.
 */
final class BatchDecisions {
    static final List<String> REQUIREMENTS = List.of("I need seamless and uninterrupted gaming sessions",
            "fast downloads please", "a reliable connection that never drops", "error-free delivery of my data");
    static final int USERS = 100_000;

    private BatchDecisions() {
    }

    static String measure(MixtureOfExperts<NspUser> moe, GatePolicy gate, NspSettings market, UserDistribution users,
                          long seed, Consumer<String> progress) {
        List<GatePlan> plans = REQUIREMENTS.stream().map(r -> moe.plan(gate, r)).toList();
        SplittableRandom rng = new SplittableRandom(seed);
        NspUser[] batch = new NspUser[USERS];
        for (int i = 0; i < USERS; i++) {
            batch[i] = new NspUser(i, users.draw(rng));
        }
        long checksum = 0;
        long start = System.nanoTime();
        for (int i = 0; i < USERS; i++) {
            checksum += moe.decide(batch[i], plans.get(i % plans.size())).action();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        String line = String.format(Locale.ROOT, "%d users with %d different requirements decided in %.2f s: %.0f users/s"
                + " on one thread (checksum %d)", USERS, plans.size(), seconds, USERS / seconds, checksum);
        progress.accept(line);
        StringBuilder b = new StringBuilder("## Batch decisions\n\n").append(line).append(".\n\nPlans:\n\n");
        for (GatePlan p : plans) {
            b.append("- \"").append(p.requirement()).append("\" -> ").append(p.objectives()).append(", `")
                    .append(p.rule().kind()).append("` of ").append(p.experts()).append('\n');
        }
        return b.append('\n').toString();
    }
}
