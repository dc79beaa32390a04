package io.github.netmoe.benchmarks.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.gridworld.MazeCatalogue;
import io.github.netmoe.llm.offline.OfflineGate;
import io.github.netmoe.llm.plan.GatePlanJson;
import io.github.netmoe.llm.plan.ModelPlanReader;
import io.github.netmoe.wireless.WirelessCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paper's requirements map exactly, on the real catalogues. "Navigate the walker to explore the
 * environment and obtain the prize" is read as the prize alone (c), as in the paper: it names no goal,
 * and the episode's end is the environment's business, not the requirement's.
 */
class PaperRequirementsTest {
    private final GatePolicy gate = new OfflineGate();

    private GatePlan maze(String requirement) {
        return gate.plan(requirement, MazeCatalogue.catalogue(), MazeCatalogue.descriptors());
    }

    @Test
    void mazeRequirements() {
        assertThat(maze("Find the shortest path to the goal").rule())
                .isEqualTo(CombinationRule.equalSum(MazeCatalogue.EXPERT_GOAL));
        assertThat(maze("Navigate the walker to explore the environment and obtain the prize").rule())
                .isEqualTo(CombinationRule.equalSum(MazeCatalogue.EXPERT_PRIZE));
        GatePlan staged = maze("Safely obtain the prize first, then arrive at the goal");
        assertThat(staged.rule()).isEqualTo(CombinationRule.Staged.beforeAfter(MazeCatalogue.PRIZE_COLLECTED,
                CombinationRule.minimum(MazeCatalogue.EXPERT_TRAP, MazeCatalogue.EXPERT_PRIZE),
                CombinationRule.minimum(MazeCatalogue.EXPERT_TRAP, MazeCatalogue.EXPERT_GOAL)));
        assertThat(staged.objectives()).containsExactlyInAnyOrder(MazeCatalogue.GOAL, MazeCatalogue.PRIZE,
                MazeCatalogue.TRAP);
        assertThat(maze("reach the goal without falling into the trap").rule())
                .isEqualTo(CombinationRule.minimum(MazeCatalogue.EXPERT_TRAP, MazeCatalogue.EXPERT_GOAL));
    }

    @Test
    void wirelessGamingIsTheThroughputProductPricedAsTheThroughputUtility() {
        GatePlan plan = gate.plan("I need seamless and uninterrupted gaming sessions", WirelessCatalogue.catalogue(),
                WirelessCatalogue.descriptors());
        assertThat(plan.objectives()).containsExactly(WirelessCatalogue.THROUGHPUT);
        var throughput = WirelessCatalogue.catalogue().composition(WirelessCatalogue.THROUGHPUT).orElseThrow();
        assertThat(plan.rule()).isEqualTo(throughput.utility().wrap(CombinationRule.equalProduct(
                WirelessCatalogue.EXPERT_OUTAGE, WirelessCatalogue.EXPERT_RATE)));
        assertThat(plan.rationale().combination()).contains("WEIGHTED_PRODUCT", "Priced");
        // the priced plan survives the JSON codec, and a model's unpriced product is priced the same way
        assertThat(GatePlanJson.read(GatePlanJson.write(plan))).isEqualTo(plan);
        String answer = "{\"objectives\": [\"throughput\"], \"experts\": [\"op-expert\", \"dr-expert\"],"
                + " \"rule\": {\"kind\": \"WEIGHTED_PRODUCT\", \"weights\": [{\"expert\": \"op-expert\","
                + " \"weight\": 1}, {\"expert\": \"dr-expert\", \"weight\": 1}]}, \"rationale\":"
                + " {\"objectiveFormulation\": \"tp\", \"expertSelection\": \"op, dr\", \"combination\": \"product\"}}";
        GatePlan fromModel = new ModelPlanReader(WirelessCatalogue.catalogue(), WirelessCatalogue.descriptors())
                .read(answer, plan.requirement(), "llm:test");
        assertThat(fromModel.rule()).isEqualTo(plan.rule());
    }

    @Test
    void offlinePlansRoundTripAndReadBackAsModelAnswersOnTheRealCatalogues() {
        GatePlan plan = maze("Safely obtain the prize first, then arrive at the goal");
        assertThat(GatePlanJson.read(GatePlanJson.write(plan))).isEqualTo(plan);
        var body = GatePlanJson.toTree(plan);
        body.remove("requirement");
        body.remove("gate");
        GatePlan asAnswer = new ModelPlanReader(MazeCatalogue.catalogue(), MazeCatalogue.descriptors())
                .read("```json\n" + body + "\n```", plan.requirement(), "llm:test");
        assertThat(asAnswer.rule()).isEqualTo(plan.rule());
        assertThat(asAnswer.experts()).isEqualTo(plan.experts());
        assertThat(List.copyOf(asAnswer.objectives())).isEqualTo(plan.objectives());
    }
}
