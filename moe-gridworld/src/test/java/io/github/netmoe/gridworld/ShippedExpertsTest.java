package io.github.netmoe.gridworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.core.Decision;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.SoftmaxGateConfig;
import io.github.netmoe.core.CombinationRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The experts shipped as resources: they load, carry the catalogue's descriptors and the documented
 * training configuration, each solves its own objective, and the planned mixture solves the tasks no
 * expert was trained for (the target: at slip 0, success on all three tasks in optimal steps).
 */
class ShippedExpertsTest {
    private static final List<DqnExpert<GridState>> EXPERTS = MazeExperts.shipped();

    @Test
    void shippedExpertsMatchTheCatalogueAndTheirTrainingConfiguration() {
        assertThat(EXPERTS).extracting(e -> e.descriptor()).containsExactlyElementsOf(MazeCatalogue.descriptors());
        for (DqnExpert<GridState> e : EXPERTS) {
            assertThat(e.trainingConfig()).contains(MazeExperts.trainingConfig(MazeExperts.SHIPPED_SEED));
        }
    }

    @Test
    void eachExpertAloneAchievesItsOwnObjective() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_TRAP, 0, MazeExperts.STEP_LIMIT);
        DqnExpert<GridState> a = EXPERTS.get(0);
        MazeEvaluation.Result goal = MazeEvaluation.evaluate(env, GridTask.GOAL_TRAP,
                s -> Decision.argmax(a.evaluate(s)), 50, 3);
        assertThat(goal.success().rate()).isEqualTo(1.0);
        assertThat(goal.steps().mean()).isEqualTo(5.0);
        // expert b never walks into the trap from any cell next to it
        DqnExpert<GridState> b = EXPERTS.get(1);
        for (GridState s : List.of(new GridState(2, 1, false, false, false, 0), new GridState(4, 1, false, false, false, 0),
                new GridState(3, 0, false, false, false, 0), new GridState(3, 2, true, false, false, 0))) {
            GridState next = env.step(s, Decision.argmax(b.evaluate(s)), new java.util.SplittableRandom(1)).state();
            assertThat(next.trapHit()).as("b at %s", s).isFalse();
        }
    }

    @Test
    void plannedMixtureSolvesEveryTaskAtSlipZeroInOptimalSteps() {
        MixtureOfExperts<GridState> moe = new MixtureOfExperts<>(
                GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0, MazeExperts.STEP_LIMIT), EXPERTS);
        String a = MazeCatalogue.EXPERT_GOAL;
        String b = MazeCatalogue.EXPERT_TRAP;
        String c = MazeCatalogue.EXPERT_PRIZE;
        var plans = java.util.Map.of(
                GridTask.GOAL_TRAP, GatePlan.manual("gt", List.of(), CombinationRule.minimum(b, a)),
                GridTask.GOAL_PRIZE, GatePlan.manual("gp", List.of(), CombinationRule.Staged.beforeAfter(
                        MazeCatalogue.PRIZE_COLLECTED, CombinationRule.equalSum(c), CombinationRule.equalSum(a))),
                GridTask.GOAL_PRIZE_TRAP, GatePlan.manual("gpt", List.of(), CombinationRule.Staged.beforeAfter(
                        MazeCatalogue.PRIZE_COLLECTED, CombinationRule.minimum(b, c), CombinationRule.minimum(b, a))));
        for (GridTask task : GridTask.values()) {
            GridWorld env = GridWorld.forTask(task, 0, MazeExperts.STEP_LIMIT);
            MazeEvaluation.Result r = MazeEvaluation.evaluate(env, task, s -> moe.decide(s, plans.get(task)).action(),
                    20, 5);
            assertThat(r.success().rate()).as("%s", task).isEqualTo(1.0);
            assertThat(r.steps().mean()).as("%s", task).isEqualTo(ShortestPaths.optimalSteps(env.layout(), task));
        }
    }

    @Test
    void comparisonRunsEveryMethodOnEveryTaskWithSharedRandomNumbers() {
        GatePlan fixed = GatePlan.manual("x", List.of(), CombinationRule.minimum(MazeCatalogue.EXPERT_TRAP,
                MazeCatalogue.EXPERT_GOAL));
        MazeComparison.Settings settings = new MazeComparison.Settings(new double[] {0.0}, 0.1, 30, 9,
                SoftmaxGateConfig.builder().episodes(32).episodesPerUpdate(16).reportEvery(16).seed(4).build());
        MazeComparison.Outcome o = MazeComparison.run(EXPERTS, (req, cat, ex) -> fixed, settings, line -> { });
        assertThat(o.rows()).hasSize(3 * 5);
        assertThat(o.gates()).hasSize(3);
        assertThat(o.gates().get(GridTask.GOAL_TRAP).curve().windows()).hasSize(2);
        assertThat(o.rows()).allSatisfy(r -> assertThat(r.optimalSuccess()).isEqualTo(1.0));
        MazeComparison.Row planned = o.rows().get(0);
        assertThat(planned.method()).isEqualTo(MazeComparison.PLANNED);
        assertThat(planned.result().success().rate()).isEqualTo(1.0);
    }
}
