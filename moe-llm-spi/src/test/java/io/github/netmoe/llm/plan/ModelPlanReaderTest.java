package io.github.netmoe.llm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanParseException;
import io.github.netmoe.llm.TestCatalogues;
import io.github.netmoe.llm.TestPlans;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ModelPlanReaderTest {
    static final String STAGED = TestPlans.STAGED;


    private final ModelPlanReader reader = new ModelPlanReader(TestCatalogues.maze(), TestCatalogues.mazeExperts());

    private GatePlan read(String raw) {
        return reader.read(raw, "Safely obtain the prize first, then arrive at the goal", "llm:test");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> rejects(String raw, String messagePart) {
        return assertThatThrownBy(() -> read(raw)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((PlanParseException) e).rawText()).isEqualTo(raw));
    }

    @Test
    void readsAWellFormedStagedPlan() {
        GatePlan plan = read(STAGED);
        assertThat(plan.rule()).isEqualTo(CombinationRule.Staged.beforeAfter("prizeCollected",
                CombinationRule.equalSum("b-avoid-trap", "c-prize"), CombinationRule.equalSum("b-avoid-trap", "a-goal")));
        assertThat(plan.objectives()).containsExactly("prize", "goal", "trap");
        assertThat(plan.gate()).isEqualTo("llm:test");
        assertThat(plan.rationale().combination()).isEqualTo("staged on prizeCollected");
    }

    @Test
    void findsThePlanInFencesOrProse() {
        GatePlan expected = read(STAGED);
        assertThat(read("```json\n" + STAGED + "\n```")).isEqualTo(expected);
        assertThat(read("Sure! Here is the plan {as asked}:\n```\n" + STAGED + "\n```\nHope it helps.")).isEqualTo(expected);
        assertThat(read("Here is the plan: " + STAGED + " Let me know.")).isEqualTo(expected);
        assertThat(read("<think>maybe {\"x\": 1}</think>" + STAGED)).isEqualTo(expected);
    }

    @Test
    void repairsOnlyUnambiguousSlips() {
        String slips = """
                {'plan': {"Objectives": ["Prize", "reach"], // a comment
                 "selected_experts": ["C-Prize", "a"],
                 "rule": {"kind": "weighted sum", "weights": {"c-prize": "2", "a": 1},},}}""";
        GatePlan plan = read(slips);
        assertThat(plan.objectives()).containsExactly("prize", "goal");
        assertThat(plan.experts()).containsExactly("c-prize", "a-goal");
        assertThat(plan.rule()).isEqualTo(new CombinationRule.WeightedSum(orderedWeights()));
        assertThat(plan.rationale().combination()).contains("parser repairs").contains("'C-Prize' read as 'c-prize'");
    }

    private static java.util.Map<String, Double> orderedWeights() {
        java.util.Map<String, Double> w = new java.util.LinkedHashMap<>();
        w.put("c-prize", 2.0);
        w.put("a-goal", 1.0);
        return w;
    }

    @Test
    void fillsInWhatTheRuleDeterminesAndInfersStagedFromStages() {
        GatePlan plan = read("""
                {"rule": {"stages": [{"condition": "!prizeCollected", "kind": "MINIMUM", "experts": ["c-prize"]}],
                          "otherwise": {"kind": "product", "experts": ["a-goal", "b-avoid-trap"]}}}""");
        assertThat(plan.experts()).containsExactly("c-prize", "a-goal", "b-avoid-trap");
        assertThat(plan.objectives()).containsExactly("prize", "goal", "trap");
        CombinationRule.Staged staged = (CombinationRule.Staged) plan.rule();
        assertThat(staged.stages().get(0).negated()).isTrue();
        assertThat(staged.otherwise()).isEqualTo(CombinationRule.equalProduct("a-goal", "b-avoid-trap"));
    }

    @Test
    void rejectsHallucinatedExpertsObjectivesAndConditions() {
        rejects(STAGED.replace("\"c-prize\", \"weight\"", "\"d-teleport\", \"weight\""), "unknown expert 'd-teleport'")
                .hasMessageContaining("a-goal");
        rejects(STAGED.replace("[\"prize\", \"goal\"", "[\"speed\", \"goal\""), "objective 'speed' is not in the catalogue");
        rejects(STAGED.replace("\"condition\": \"prizeCollected\"", "\"condition\": \"goalReached\""),
                "unknown condition 'goalReached'");
    }

    @Test
    void rejectsBadWeights() {
        String sum = "{\"objectives\":[\"goal\"],\"experts\":[\"a-goal\",\"c-prize\"],\"rule\":{\"kind\":\"WEIGHTED_SUM\","
                + "\"weights\":[{\"expert\":\"a-goal\",\"weight\":%W%},{\"expert\":\"c-prize\",\"weight\":1}]}}";
        rejects(sum.replace("%W%", "-0.5"), "weight of expert 'a-goal' = -0.5");
        rejects(sum.replace("%W%", "NaN"), "weight of expert 'a-goal' = NaN");
        rejects(sum.replace("%W%", "1e300"), "must be finite and in [0, 1000000.0]");
        rejects(sum.replace("%W%", "\"lots\""), "is not a number");
        rejects(sum.replace("%W%", "0").replace("\"weight\":1}", "\"weight\":0}"), "must have a positive");
        rejects(sum.replace("%W%", "1").replace("c-prize\",\"weight", "a-goal\",\"weight"), "weighted twice");
    }

    @Test
    void rejectsBrokenStructure() {
        rejects("", "empty");
        rejects("I cannot help with that.", "no JSON object");
        rejects(STAGED.substring(0, STAGED.length() / 2), "truncated");
        rejects("{\"rule\": {\"kind\": \"WEIGHTED_SUM\", \"weights\": [}", "not valid JSON");
        rejects("{\"rule\": {\"kind\": \"STAGED\", \"otherwise\": {\"kind\": \"MINIMUM\", \"experts\": [\"a-goal\"]}}}",
                "needs a non-empty 'stages'");
        rejects(STAGED.replace("\"otherwise\"", "\"later\""), "needs an 'otherwise'");
        rejects(STAGED.replace("\"negated\": true,", ""), "does not say whether");
        rejects("{\"rule\": {\"weights\": [{\"expert\": \"a-goal\", \"weight\": 1}]}}", "has no kind");
        rejects("{\"rule\": {\"kind\": \"LEARNED_GATING\", \"experts\": [\"a-goal\"]}}", "cannot supply");
        rejects("{\"rule\": {\"kind\": \"TELEPATHY\"}}", "unknown rule kind 'TELEPATHY'");
        rejects(STAGED.replace("\"experts\": [\"b-avoid-trap\", \"c-prize\", \"a-goal\"]", "\"experts\": [\"a-goal\"]"),
                "differ from the experts the rule uses");
        rejects("{\"rule\": {\"kind\": \"STAGED\", \"stages\": [{\"condition\": \"prizeCollected\", \"negated\": true,"
                + " \"rule\": {\"kind\": \"STAGED\", \"stages\": []}}], \"otherwise\": {\"kind\": \"MINIMUM\", \"experts\":"
                + " [\"a-goal\"]}}}", "cannot nest");
        rejects("{\"a\": 1, \"a\": 2, \"rule\": {}}", "not valid JSON");
    }
}
