package io.github.netmoe.llm.plan;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanRationale;
import io.github.netmoe.core.nn.Mlp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of {@link GatePlan}s with every rule kind. */
final class PlanArbitraries {
    private PlanArbitraries() {
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '0').ofMinLength(1).ofMaxLength(8);
    }

    static Arbitrary<CombinationRule> simpleRules() {
        Arbitrary<Map<String, Double>> weights = Arbitraries.maps(ids(),
                Arbitraries.doubles().between(1e-6, 1e5).ofScale(9)).ofMinSize(1).ofMaxSize(4).map(LinkedHashMap::new);
        return Arbitraries.oneOf(
                weights.map(CombinationRule.WeightedSum::new),
                weights.map(CombinationRule.WeightedProduct::new),
                ids().list().uniqueElements().ofMinSize(1).ofMaxSize(4).map(CombinationRule.Minimum::new));
    }

    static Arbitrary<CombinationRule> staged() {
        Arbitrary<CombinationRule.Stage> stage = Combinators.combine(ids(), Arbitraries.of(true, false), simpleRules())
                .as(CombinationRule.Stage::new);
        return Combinators.combine(stage.list().ofMinSize(1).ofMaxSize(3), simpleRules())
                .as(CombinationRule.Staged::new);
    }

    static Arbitrary<CombinationRule> learned() {
        return Combinators.combine(ids().list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 5),
                Arbitraries.randoms(), Arbitraries.of(Mlp.Activation.values())).as((experts, in, hidden, random, act) -> {
                    int[] sizes = {in, hidden, experts.size()};
                    double[][] w = new double[2][];
                    double[][] b = new double[2][];
                    for (int l = 0; l < 2; l++) {
                        w[l] = random.doubles(sizes[l] * sizes[l + 1], -3, 3).toArray();
                        b[l] = random.doubles(sizes[l + 1], -1, 1).toArray();
                    }
                    return new CombinationRule.LearnedGating(experts, new Mlp(sizes, w, b, act));
                });
    }

    static Arbitrary<GatePlan> plans() {
        Arbitrary<CombinationRule> rules = Arbitraries.oneOf(simpleRules(), staged(), learned());
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<PlanRationale> rationale = Combinators.combine(text, text, text).as(PlanRationale::new);
        return Combinators.combine(text, ids().list().ofMaxSize(3), rules, rationale,
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), Arbitraries.randoms())
                .as((requirement, objectives, rule, why, gate, random) -> {
                    List<String> experts = new ArrayList<>(rule.experts());
                    java.util.Collections.shuffle(experts, random);
                    return new GatePlan(requirement, objectives, experts, rule, why, gate);
                });
    }
}
