package io.github.netmoe.gridworld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortestPathsAndEvaluationTest {
    @Test
    void optimalPathLengthsOfThePaperMazeCountedByHand() {
        GridLayout maze = GridLayout.paper();
        // (0,0) -> (5,0) along the bottom row
        assertThat(ShortestPaths.optimalSteps(maze, GridTask.GOAL_TRAP)).isEqualTo(5);
        // (0,0) -> (3,2): 3 right + 2 up; (3,2) -> (5,0): 2 right + 2 down; the trap is never on such a path
        assertThat(ShortestPaths.optimalSteps(maze, GridTask.GOAL_PRIZE)).isEqualTo(9);
        assertThat(ShortestPaths.optimalSteps(maze, GridTask.GOAL_PRIZE_TRAP)).isEqualTo(9);
    }

    @Test
    void trapOnTheOnlyShortPathForcesADetour() {
        // S T G on the bottom row: avoiding the trap costs a detour through row 1 (4 moves instead of 2)
        GridLayout layout = GridLayout.parse("STG\n...");
        assertThat(ShortestPaths.optimalSteps(layout, GridTask.GOAL_PRIZE)).isEqualTo(-1);
        assertThat(ShortestPaths.optimalSteps(GridLayout.parse("STGP\n...."), GridTask.GOAL_TRAP)).isEqualTo(4);
        assertThat(ShortestPaths.optimalSteps(GridLayout.parse("S.GP\n...."), GridTask.GOAL_TRAP)).isEqualTo(2);
    }

    @Test
    void aScriptedOptimalPolicySucceedsAlwaysAtSlipZeroAndResultsAreSeeded() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0, 50);
        // up to row 2 at x = 0, right along row 2 to the prize, then right to x = 5 and down to the goal
        java.util.function.ToIntFunction<GridState> scripted = s -> {
            if (!s.prizeCollected()) {
                return s.y() < 2 ? GridWorld.UP : GridWorld.RIGHT;
            }
            return s.x() < 5 ? GridWorld.RIGHT : GridWorld.DOWN;
        };
        MazeEvaluation.Result r = MazeEvaluation.evaluate(env, GridTask.GOAL_PRIZE_TRAP, scripted, 200, 42);
        assertThat(r.success().successes()).isEqualTo(200);
        assertThat(r.steps().mean()).isEqualTo(9.0);
        assertThat(r.optimalSteps()).isEqualTo(9);
        assertThat(r.trapHits().successes()).isZero();

        GridWorld slippery = GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0.2, 50);
        MazeEvaluation.Result a = MazeEvaluation.evaluate(slippery, GridTask.GOAL_PRIZE_TRAP, scripted, 300, 1);
        MazeEvaluation.Result b = MazeEvaluation.evaluate(slippery, GridTask.GOAL_PRIZE_TRAP, scripted, 300, 1);
        assertThat(a).isEqualTo(b);
        assertThat(a.success().rate()).isLessThan(1.0);
    }

    @Test
    void optimalSuccessIsCertainWithoutSlipsAndBoundedByTheUnavoidableRiskWithThem() {
        GridLayout maze = GridLayout.paper();
        for (GridTask task : GridTask.values()) {
            assertThat(OptimalSuccess.probability(maze, task, 0.0, 50)).isEqualTo(1.0);
            // with too few steps no policy can succeed
            assertThat(OptimalSuccess.probability(maze, task, 0.0, ShortestPaths.optimalSteps(maze, task) - 1)).isZero();
        }
        double slip = 0.1;
        // leaving the prize cell (3,2) sideways risks slipping down into the trap (slip/2), but pushing
        // "up" against the border only ever slips sideways along the safe top row: a patient policy
        // avoids almost all risk, so the optimum lies above 1 - slip/2 yet below 1
        double gpt = OptimalSuccess.probability(maze, GridTask.GOAL_PRIZE_TRAP, slip, 50);
        assertThat(gpt).isGreaterThan(1 - slip / 2).isLessThan(1.0);
        // on the goal row only the move from (3,0) can slip up into the trap, and the same patience trick
        // (push down against the border, wait for a sideways slip) removes most of that risk
        assertThat(OptimalSuccess.probability(maze, GridTask.GOAL_TRAP, slip, 50)).isGreaterThan(1 - slip / 2)
                .isLessThan(1.0);
    }

    @Test
    void optimalSuccessAgreesWithAMonteCarloOfTheOptimalScriptedPolicyOnACorridor() {
        // a 1-row corridor S...G: sideways slips bump the wall, so any policy moving right succeeds iff
        // it reaches G within the limit; with slip 0.5 each move advances with probability 0.5,
        // so success = P(Binomial(6, 0.5) >= 4) = (15 + 6 + 1)/64
        GridLayout corridor = GridLayout.parse("S...G");
        assertThat(OptimalSuccess.probability(corridor, GridTask.GOAL_TRAP, 0.5, 6))
                .isCloseTo(22.0 / 64, org.assertj.core.api.Assertions.within(1e-12));
    }
}
