package io.github.netmoe.benchmarks.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.PlanException;
import io.github.netmoe.gridworld.MazeCatalogue;
import io.github.netmoe.llm.offline.OfflineGate;
import io.github.netmoe.wireless.WirelessCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accuracy of the offline gate on the phrasing table {@code /gate/phrasings.tsv}: for each requirement,
 * the plan must have exactly the expected objectives and rule structure (experts, stages, conditions,
 * kinds) with equal weights.
 *
 * <p>Measured (lexical matcher, the default): gridworld 60/60 (100%), nsp-wireless 52/56 (92.9%), 112/116
 * overall. The first 86 rows were written before the matcher was tuned: on them the untuned matcher made
 * 83/86, and after one change (a negation binds to the first mention after it) 84/86. The 30 held-out rows
 * were written afterwards: 27/30 on first run, 28/30 after fixing a bug they exposed (a misspelt hazard
 * word was not recognised as one). The remaining misses need words no catalogue lists ("stay up",
 * "intact", "video conference") or a clause split at "as long as".
 *
 * <p>Embedding matching (langchain4j all-MiniLM-L6-v2, quantized, measured outside the build with
 * thresholds tuned on this very table) reached at best 45/60 and 41/56 (74%), and 60/60, 54/56 only as a
 * fallback when the lexical matcher finds nothing, for 131 MB of dependencies, ~1 s model loading and
 * 4-10 ms a sentence: the lexical matcher stays the default and no embedding dependency is added.
 *
 * <p>The floors asserted below are what the matcher reaches, not loosened: every paper requirement
 * exact, gridworld at least 95%, nsp-wireless at least 90%.
 */
class PhrasingAccuracyTest {
    private static final Logger LOG = LoggerFactory.getLogger(PhrasingAccuracyTest.class);

    static ObjectiveCatalogue catalogue(String environment) {
        return environment.equals("gridworld") ? MazeCatalogue.catalogue() : WirelessCatalogue.catalogue();
    }

    static List<ExpertDescriptor> experts(String environment) {
        return environment.equals("gridworld") ? MazeCatalogue.descriptors() : io.github.netmoe.wireless.WirelessCatalogue.descriptors();
    }

    @Test
    void theTableHasThirtyPhrasingsPerEnvironmentOfEveryKind() {
        List<Phrasing> table = Phrasing.table();
        for (String env : List.of(MazeCatalogue.catalogue().environmentId(), WirelessCatalogue.catalogue().environmentId())) {
            List<Phrasing> rows = table.stream().filter(p -> p.environment().equals(env)).toList();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
            assertThat(rows).extracting(Phrasing::category).contains("paper", "paraphrase", "negation", "typo");
        }
    }

    @Test
    void offlineGateAccuracyReachesTheDocumentedFloors() {
        OfflineGate gate = new OfflineGate();
        Map<String, int[]> tally = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Phrasing p : Phrasing.table()) {
            String got;
            boolean ok;
            try {
                GatePlan plan = gate.plan(p.requirement(), catalogue(p.environment()), experts(p.environment()));
                got = new TreeSet<>(plan.objectives()) + " " + RuleSignature.of(plan.rule());
                ok = new TreeSet<>(plan.objectives()).equals(p.objectives()) && RuleSignature.of(plan.rule()).equals(p.rule())
                        && RuleSignature.equalWeights(plan.rule());
            } catch (PlanException e) {
                got = "no plan: " + e.getMessage();
                ok = false;
            }
            for (String key : List.of(p.environment(), p.environment() + "/" + p.category())) {
                int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                t[0] += ok ? 1 : 0;
                t[1]++;
            }
            if (!ok) {
                misses.add(p.environment() + ": \"" + p.requirement() + "\" expected " + p.objectives() + " " + p.rule()
                        + ", got " + got);
            }
        }
        tally.forEach((k, t) -> LOG.info("offline gate accuracy {}: {}/{} = {}%", k, t[0], t[1],
                String.format("%.1f", 100.0 * t[0] / t[1])));
        misses.forEach(m -> LOG.info("miss: {}", m));
        assertThat(tally.get("gridworld/paper")[0]).isEqualTo(tally.get("gridworld/paper")[1]);
        assertThat(tally.get("nsp-wireless/paper")[0]).isEqualTo(tally.get("nsp-wireless/paper")[1]);
        assertThat(accuracy(tally.get("gridworld"))).isGreaterThanOrEqualTo(0.95);
        assertThat(accuracy(tally.get("nsp-wireless"))).isGreaterThanOrEqualTo(0.90);
    }

    private static double accuracy(int[] t) {
        return (double) t[0] / t[1];
    }
}
