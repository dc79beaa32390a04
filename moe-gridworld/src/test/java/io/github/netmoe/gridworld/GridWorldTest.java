package io.github.netmoe.gridworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.PlanException;
import io.github.netmoe.core.Step;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridWorldTest {
    private final SplittableRandom rng = new SplittableRandom(7);

    @Test
    void movesAndBordersBlock() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0.0, 50);
        GridState s = env.reset(rng);
        assertThat(s.cell()).isEqualTo(new Cell(0, 0));
        assertThat(env.step(s, GridWorld.LEFT, rng).state().cell()).isEqualTo(new Cell(0, 0));
        assertThat(env.step(s, GridWorld.DOWN, rng).state().cell()).isEqualTo(new Cell(0, 0));
        assertThat(env.step(s, GridWorld.RIGHT, rng).state().cell()).isEqualTo(new Cell(1, 0));
        assertThat(env.step(s, GridWorld.UP, rng).state().cell()).isEqualTo(new Cell(0, 1));
        assertThat(env.step(s, GridWorld.UP, rng).state().steps()).isEqualTo(1);
    }

    @Test
    void trapEndsTaskEpisodesThatForbidItAndIsRecordedOtherwise() {
        GridState nextToTrap = new GridState(2, 1, false, false, false, 3);
        Step<GridState> forbidden = GridWorld.forTask(GridTask.GOAL_TRAP, 0, 50).step(nextToTrap, GridWorld.RIGHT, rng);
        assertThat(forbidden.terminal()).isTrue();
        assertThat(forbidden.state().trapHit()).isTrue();
        assertThat(forbidden.reward()).isEqualTo(-1.01);
        Step<GridState> ignored = GridWorld.forTask(GridTask.GOAL_PRIZE, 0, 50).step(nextToTrap, GridWorld.RIGHT, rng);
        assertThat(ignored.terminal()).isFalse();
        assertThat(ignored.state().trapHit()).isTrue();
        assertThat(ignored.reward()).isEqualTo(-0.01);
    }

    @Test
    void prizeIsCollectedOnceAndGoalEndsTheEpisode() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_PRIZE, 0, 50);
        Step<GridState> prize = env.step(new GridState(3, 1, false, false, false, 0), GridWorld.UP, rng);
        assertThat(prize.state().prizeCollected()).isTrue();
        assertThat(prize.reward()).isEqualTo(0.49);
        Step<GridState> again = env.step(new GridState(3, 1, true, false, false, 0), GridWorld.UP, rng);
        assertThat(again.reward()).isEqualTo(-0.01);
        Step<GridState> goal = env.step(new GridState(4, 0, true, false, false, 8), GridWorld.RIGHT, rng);
        assertThat(goal.terminal()).isTrue();
        assertThat(goal.state().goalReached()).isTrue();
        assertThat(GridTask.GOAL_PRIZE.isSuccess(goal.state())).isTrue();
        assertThat(GridTask.GOAL_PRIZE.isSuccess(new GridState(5, 0, false, false, true, 5))).isFalse();
    }

    @Test
    void stepLimitEndsTheEpisode() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_TRAP, 0, 3);
        Step<GridState> step = env.step(new GridState(0, 0, false, false, false, 2), GridWorld.LEFT, rng);
        assertThat(step.terminal()).isTrue();
    }

    @Test
    void slipsGoSidewaysAtTheStatedRate() {
        double slip = 0.2;
        GridWorld env = GridWorld.forTask(GridTask.GOAL_TRAP, slip, 50);
        GridState middle = new GridState(1, 1, false, false, false, 0);
        int n = 40_000;
        int up = 0;
        int down = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            Cell c = env.step(middle, GridWorld.RIGHT, rng).state().cell();
            up += c.equals(new Cell(1, 2)) ? 1 : 0;
            down += c.equals(new Cell(1, 0)) ? 1 : 0;
            right += c.equals(new Cell(2, 1)) ? 1 : 0;
        }
        assertThat(up + down + right).isEqualTo(n);
        // binomial standard deviation of a 0.1 share over 40 000 draws is 0.0015: 5 sigma = 0.0075
        assertThat(up / (double) n).isBetween(0.1 - 0.0075, 0.1 + 0.0075);
        assertThat(down / (double) n).isBetween(0.1 - 0.0075, 0.1 + 0.0075);
    }

    @Test
    void featuresAreOneHotCellAndPrizeFlag() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_PRIZE, 0, 50);
        double[] f = env.features(new GridState(3, 2, true, false, false, 0));
        assertThat(f).hasSize(22);
        assertThat(f[2 * 7 + 3]).isEqualTo(1.0);
        assertThat(f[21]).isEqualTo(1.0);
        assertThat(java.util.Arrays.stream(f).sum()).isEqualTo(2.0);
    }

    @Test
    void randomStartsCoverOpenCellsButNeverGoalOrTrap() {
        GridWorld env = new GridWorld(GridLayout.paper(), MazeRewards.goalOnly(), 0, 50, true);
        java.util.Set<Cell> seen = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(env.reset(rng).cell());
        }
        assertThat(seen).hasSize(19).doesNotContain(new Cell(5, 0), new Cell(3, 1));
    }

    @Test
    void conditionsAndValidation() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_PRIZE, 0, 50);
        assertThat(env.condition(MazeCatalogue.PRIZE_COLLECTED).test(new GridState(0, 0, true, false, false, 0))).isTrue();
        assertThatThrownBy(() -> env.condition("nope")).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> env.step(env.reset(rng), 4, rng)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("action = 4 must be in [0, 3]");
        assertThatThrownBy(() -> GridWorld.forTask(GridTask.GOAL_PRIZE, 1.0, 50))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("slip = 1.0");
        assertThatThrownBy(() -> GridWorld.forTask(GridTask.GOAL_PRIZE, 0, 0))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("stepLimit = 0 must be >= 1");
    }
}
