package io.github.netmoe.llm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanParseException;
import io.github.netmoe.llm.TestCatalogues;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No input makes the reader throw anything but {@link PlanParseException}; what it accepts is valid. */
class ModelPlanReaderFuzzTest {
    private final ModelPlanReader reader = new ModelPlanReader(TestCatalogues.maze(), TestCatalogues.mazeExperts());

    @Property(tries = 1000)
    void arbitraryTextIsAPlanOrAParseException(@ForAll String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> mutatedPlans() {
        String base = ModelPlanReaderTest.STAGED;
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length());
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "NaN", "-1e309", "null", "true", "```", "\\", "'",
                        "\"a-goal\"", "\"stages\"", "{\"kind\":\"STAGED\"}", "1e400"));
        Arbitrary<String> cut = position.map(p -> base.substring(0, p));
        Arbitrary<String> spliced = Combinators.combine(position, position, insert)
                .as((a, b, s) -> base.substring(0, Math.min(a, b)) + s + base.substring(Math.max(a, b)));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 5000).map(n -> "[".repeat(n) + "{".repeat(n));
        return Arbitraries.oneOf(cut, spliced, spliced.map(s -> "```json\n" + s + "\n```"), deep);
    }

    @Property(tries = 2000)
    void mutatedPlansAreAPlanOrAParseException(@ForAll("mutatedPlans") String text) {
        check(text);
    }

    private void check(String text) {
        GatePlan plan;
        try {
            plan = reader.read(text, "a requirement", "llm:fuzz");
        } catch (PlanParseException e) {
            assertThat(e.rawText()).isEqualTo(text);
            return;
        }
        List<String> available = TestCatalogues.mazeExperts().stream().map(ExpertDescriptor::id).toList();
        assertThat(available).containsAll(plan.experts());
        if (plan.rule() instanceof CombinationRule.Staged staged) {
            staged.stages().forEach(s -> assertThat(TestCatalogues.maze().hasCondition(s.condition())).isTrue());
        }
        assertThat(plan.rule()).isNotInstanceOf(CombinationRule.LearnedGating.class);
    }
}
