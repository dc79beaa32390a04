package io.github.netmoe.llm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanParseException;
import io.github.netmoe.core.PlanRationale;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GatePlanJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Provide
    Arbitrary<GatePlan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 300)
    void everyPlanReadsBackAsWritten(@ForAll("plans") GatePlan plan) {
        GatePlan back = GatePlanJson.read(GatePlanJson.write(plan));
        assertSamePlan(back, plan);
    }

    @Property(tries = 300)
    void everyWrittenPlanIsValidAgainstThePublishedSchema(@ForAll("plans") GatePlan plan) throws Exception {
        SchemaValidator schema = new SchemaValidator(MAPPER.readTree(PlanSchemas.documentSchema()));
        assertThat(schema.validate(MAPPER.readTree(GatePlanJson.write(plan)))).isEmpty();
    }

    @Property(tries = 200)
    void aPlanWithoutLearnedGatingIsAValidModelAnswer(@ForAll("plans") GatePlan plan) throws Exception {
        SchemaValidator schema = new SchemaValidator(MAPPER.readTree(PlanSchemas.responseSchema()));
        var body = GatePlanJson.toTree(plan);
        body.remove("requirement");
        body.remove("gate");
        boolean learned = plan.rule() instanceof CombinationRule.LearnedGating;
        assertThat(schema.validate(body).isEmpty()).isEqualTo(!learned);
    }

    @Test
    void theStagedMazePlanHasTheDocumentedShape() throws Exception {
        CombinationRule rule = CombinationRule.Staged.beforeAfter("prizeCollected",
                CombinationRule.equalSum("b-avoid-trap", "c-prize"), CombinationRule.equalSum("b-avoid-trap", "a-goal"));
        GatePlan plan = new GatePlan("Safely obtain the prize first, then arrive at the goal",
                List.of("prize", "goal", "trap"), List.of("b-avoid-trap", "c-prize", "a-goal"), rule,
                new PlanRationale("1", "2", "3"), "offline");
        var tree = MAPPER.readTree(GatePlanJson.write(plan));
        assertThat(tree.at("/rule/kind").asText()).isEqualTo("STAGED");
        assertThat(tree.at("/rule/stages/0/condition").asText()).isEqualTo("prizeCollected");
        assertThat(tree.at("/rule/stages/0/negated").asBoolean()).isTrue();
        assertThat(tree.at("/rule/stages/0/rule/weights/1/expert").asText()).isEqualTo("c-prize");
        assertThat(tree.at("/rule/stages/0/rule/weights/1/weight").asDouble()).isEqualTo(0.5);
        assertThat(tree.at("/rule/otherwise/kind").asText()).isEqualTo("WEIGHTED_SUM");
        assertThat(tree.at("/rationale/combination").asText()).isEqualTo("3");
        assertThat(GatePlanJson.read(GatePlanJson.write(plan))).isEqualTo(plan);
    }

    @Test
    void malformedDocumentsAreParseExceptionsCarryingTheText() {
        for (String bad : new String[] {"", "[]", "{", "{\"requirement\": \"r\"}", "null",
                "{\"requirement\":\"r\",\"gate\":\"g\",\"objectives\":[],\"experts\":[\"a\"],"
                        + "\"rule\":{\"kind\":\"WEIGHTED_SUM\",\"weights\":[{\"expert\":\"b\",\"weight\":1}]}}"}) {
            assertThatThrownBy(() -> GatePlanJson.read(bad)).isInstanceOf(PlanParseException.class)
                    .satisfies(e -> assertThat(((PlanParseException) e).rawText()).isEqualTo(bad));
        }
    }

    @Test
    void responseSchemaForRequestsDropsMetaKeywordsAndStepSchemasCarryTheirField() throws Exception {
        var schema = MAPPER.readTree(PlanSchemas.responseSchemaForRequest());
        assertThat(schema.has("$schema")).isFalse();
        assertThat(schema.path("required")).hasSize(4);
        var step = MAPPER.readTree(PlanSchemas.stepSchema("rule"));
        assertThat(step.at("/properties/rule/$ref").asText()).isEqualTo("#/$defs/rule");
        assertThat(step.has("$defs")).isTrue();
        assertThatThrownBy(() -> PlanSchemas.stepSchema("rationale"))
                .isInstanceOf(io.github.netmoe.core.InvalidArgumentException.class);
    }

    static void assertSamePlan(GatePlan actual, GatePlan expected) {
        assertThat(actual.requirement()).isEqualTo(expected.requirement());
        assertThat(actual.objectives()).isEqualTo(expected.objectives());
        assertThat(actual.experts()).isEqualTo(expected.experts());
        assertThat(actual.rationale()).isEqualTo(expected.rationale());
        assertThat(actual.gate()).isEqualTo(expected.gate());
        assertSameRule(actual.rule(), expected.rule());
    }

    private static void assertSameRule(CombinationRule a, CombinationRule b) {
        assertThat(a.kind()).isEqualTo(b.kind());
        if (a instanceof CombinationRule.WeightedSum s) {
            assertSameWeights(s.weights(), ((CombinationRule.WeightedSum) b).weights());
        } else if (a instanceof CombinationRule.WeightedProduct p) {
            assertSameWeights(p.weights(), ((CombinationRule.WeightedProduct) b).weights());
        } else if (a instanceof CombinationRule.Staged st) {
            CombinationRule.Staged other = (CombinationRule.Staged) b;
            assertThat(st.stages()).hasSameSizeAs(other.stages());
            for (int i = 0; i < st.stages().size(); i++) {
                assertThat(st.stages().get(i).label()).isEqualTo(other.stages().get(i).label());
                assertSameRule(st.stages().get(i).rule(), other.stages().get(i).rule());
            }
            assertSameRule(st.otherwise(), other.otherwise());
        } else if (a instanceof CombinationRule.LearnedGating l) {
            CombinationRule.LearnedGating other = (CombinationRule.LearnedGating) b;
            assertThat(l.experts()).isEqualTo(other.experts());
            assertThat(l.network().layerSizes()).isEqualTo(other.network().layerSizes());
            assertThat(Arrays.deepEquals(l.network().weights(), other.network().weights())).isTrue();
            assertThat(Arrays.deepEquals(l.network().biases(), other.network().biases())).isTrue();
            assertThat(l.network().activation()).isEqualTo(other.network().activation());
        } else {
            assertThat(a).isEqualTo(b);
        }
    }

    /** Weights are renormalised on reading, which may move them by an ulp or two. */
    private static void assertSameWeights(Map<String, Double> a, Map<String, Double> b) {
        assertThat(List.copyOf(a.keySet())).isEqualTo(List.copyOf(b.keySet()));
        a.forEach((k, v) -> assertThat(v).isCloseTo(b.get(k), org.assertj.core.data.Offset.offset(1e-14)));
    }
}
