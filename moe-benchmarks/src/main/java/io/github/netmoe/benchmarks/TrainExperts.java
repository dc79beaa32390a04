package io.github.netmoe.benchmarks;

import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.ExpertStore;
import io.github.netmoe.core.rl.TrainingListener;
import io.github.netmoe.gridworld.GridState;
import io.github.netmoe.gridworld.MazeExperts;
import io.github.netmoe.wireless.NspEvaluation;
import io.github.netmoe.wireless.NspExperts;
import io.github.netmoe.wireless.NspMetric;
import io.github.netmoe.wireless.NspSettings;
import io.github.netmoe.wireless.NspUser;
import io.github.netmoe.wireless.UserDistribution;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the experts shipped as resources of moe-gridworld and moe-wireless, from their fixed
 * seeds, and prints each NSP expert's accuracy against the oracle. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -DskipTests install &amp;&amp; OMP_NUM_THREADS=1 ./mvnw -B -q -pl moe-benchmarks exec:java \
 *     -Dexec.mainClass=io.github.netmoe.benchmarks.TrainExperts
 * </pre>
 */
public final class TrainExperts {
    private TrainExperts() {
    }

    /**
     * @param args optional: the repository root (default: the working directory)
     */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        TrainingListener log = p -> System.out.println("  " + p);
        Path maze = root.resolve("moe-gridworld/src/main/resources/io/github/netmoe/gridworld")
                .resolve(MazeExperts.RESOURCE_FOLDER);
        for (DqnExpert<GridState> e : MazeExperts.trainAll(MazeExperts.SHIPPED_SEED, log)) {
            ExpertStore.saveExpert(maze.resolve(e.descriptor().id() + ExpertStore.FILE_EXTENSION), e);
        }
        NspSettings settings = NspSettings.paper();
        UserDistribution users = UserDistribution.aroundPaper();
        Path nsp = root.resolve("moe-wireless/src/main/resources/io/github/netmoe/wireless")
                .resolve(NspExperts.RESOURCE_FOLDER);
        List<DqnExpert<NspUser>> experts = NspExperts.trainAll(settings, users, NspExperts.DEFAULT_STEPS,
                NspExperts.SHIPPED_SEED, log);
        for (int i = 0; i < experts.size(); i++) {
            DqnExpert<NspUser> e = experts.get(i);
            ExpertStore.saveExpert(nsp.resolve(e.descriptor().id() + ExpertStore.FILE_EXTENSION), e);
            NspMetric metric = NspExperts.METRICS.get(i);
            NspEvaluation.Score s = NspEvaluation.score(NspEvaluation.greedy(e), metric, settings, users, 1000, 777);
            System.out.printf("%s: mean utility %.4f of the oracle's %.4f (%.2f%%), worst user %.2f%%%n", metric,
                    s.meanUtility(), s.meanOracleUtility(), 100 * s.ratioOfMeans(), 100 * s.perUserRatio().min());
        }
    }
}
