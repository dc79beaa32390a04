package io.github.netmoe.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanException;
import io.github.netmoe.llm.TestCatalogues;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline gate on catalogues that are not the paper's: it must read kinds, compositions and
 * conditions, never ids it knows (the paper's catalogues are tested in moe-benchmarks).
 */
class OfflineGateTest {
    private final OfflineGate gate = new OfflineGate();

    private GatePlan maze(String requirement) {
        return gate.plan(requirement, TestCatalogues.maze(), TestCatalogues.mazeExperts());
    }

    private GatePlan warehouse(String requirement) {
        return gate.plan(requirement, TestCatalogues.warehouse(), TestCatalogues.warehouseExperts());
    }

    @Test
    void anIntermediateBeforeATerminalObjectiveIsAStagedPlanWithTheConstraintThroughout() {
        GatePlan plan = maze("Safely obtain the prize first, then arrive at the goal");
        // a constraint makes every stage a minimum: the trap expert can veto any move
        assertThat(plan.rule()).isEqualTo(CombinationRule.Staged.beforeAfter("prizeCollected",
                CombinationRule.minimum("b-avoid-trap", "c-prize"), CombinationRule.minimum("b-avoid-trap", "a-goal")));
        assertThat(plan.gate()).isEqualTo("offline");
        assertThat(plan.rationale().objectiveFormulation()).contains("prize (INTERMEDIATE", "'obtain'", "trap (CONSTRAINT");
        assertThat(plan.rationale().expertSelection()).contains("c-prize covers prize");
        assertThat(plan.rationale().combination()).contains("While prizeCollected is false", "holds throughout");
    }

    @Test
    void worksOnAnotherCatalogueWithTwoIntermediatesAndItsOwnConditions() {
        GatePlan plan = warehouse("Fetch the package and scan the barcode, then go home without any collision");
        CombinationRule.Staged staged = (CombinationRule.Staged) plan.rule();
        assertThat(staged.stages()).extracting(CombinationRule.Stage::label).containsExactly("!hasParcel", "!labelScanned");
        assertThat(staged.stages().get(0).rule()).isEqualTo(CombinationRule.minimum("safety-x", "parcel-x"));
        assertThat(staged.stages().get(1).rule()).isEqualTo(CombinationRule.minimum("safety-x", "scan-x"));
        assertThat(staged.otherwise()).isEqualTo(CombinationRule.minimum("safety-x", "dock-x"));
        assertThat(warehouse("Return to the dock, be careful").rule())
                .isEqualTo(CombinationRule.minimum("safety-x", "dock-x"));
        assertThat(warehouse("Just pick up the parcel").rule()).isEqualTo(CombinationRule.equalSum("parcel-x"));
    }

    @Test
    void partsOfACompositionAreReadAsTheCompositionAndCombinedByItsRule() {
        GatePlan plan = gate.plan("I want fast and reliable downloads", TestCatalogues.link(), TestCatalogues.linkExperts());
        assertThat(plan.objectives()).containsExactly("throughput");
        assertThat(plan.rule()).isEqualTo(CombinationRule.equalProduct("op-expert", "dr-expert"));
        assertThat(gate.plan("seamless gaming", TestCatalogues.link(), TestCatalogues.linkExperts()).rule())
                .isEqualTo(CombinationRule.equalProduct("op-expert", "dr-expert"));
        assertThat(gate.plan("accurate and reliable", TestCatalogues.link(), TestCatalogues.linkExperts()).rule())
                .isEqualTo(CombinationRule.equalSum("op-expert", "bep-expert"));
    }

    @Test
    void negationsDismissalsAndTyposAreRead() {
        assertThat(maze("I don't care about the prize, just reach the goal").rule())
                .isEqualTo(CombinationRule.equalSum("a-goal"));
        assertThat(maze("Never step on the trap and reach the exit").experts())
                .containsExactlyInAnyOrder("a-goal", "b-avoid-trap");
        assertThat(maze("Reach the goal, ignore the trap").experts()).containsExactly("a-goal");
        assertThat(maze("Colect the tresure then reach the gaol").rule())
                .isEqualTo(CombinationRule.Staged.beforeAfter("prizeCollected", CombinationRule.equalSum("c-prize"),
                        CombinationRule.equalSum("a-goal")));
        assertThat(gate.read("I don't care about the prize", TestCatalogues.maze()).dismissed()).containsExactly("prize");
    }

    @Test
    void withoutAConditionAnIntermediateAndATerminalAreSummed() {
        var noConditions = new io.github.netmoe.core.ObjectiveCatalogue("m", "1", TestCatalogues.maze().objectives(),
                List.of(), List.of());
        GatePlan plan = gate.plan("collect the prize then reach the goal", noConditions, TestCatalogues.mazeExperts());
        assertThat(plan.rule()).isEqualTo(CombinationRule.equalSum("c-prize", "a-goal"));
        assertThat(plan.rationale().combination()).contains("No catalogue condition");
    }

    @Test
    void failsClearlyWhenNothingMatchesOrNoExpertCovers() {
        assertThatThrownBy(() -> maze("Make me a sandwich")).isInstanceOf(PlanException.class)
                .hasMessageContaining("names none of the objectives").hasMessageContaining("goal, prize, trap");
        assertThatThrownBy(() -> gate.plan("reach the goal", TestCatalogues.maze(),
                List.of(TestCatalogues.expert("c-prize", "prize")))).isInstanceOf(PlanException.class)
                .hasMessageContaining("no expert covers objective 'goal'");
    }

    @Test
    void aPluggedMatcherReplacesTheLexicalOne() {
        OfflineGate fixed = new OfflineGate((req, cat) -> new RequirementReading(List.of("trap"), List.of(), List.of()));
        assertThat(fixed.plan("anything", TestCatalogues.maze(), TestCatalogues.mazeExperts()).rule())
                .isEqualTo(CombinationRule.equalSum("b-avoid-trap"));
    }
}
