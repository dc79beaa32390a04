package io.github.netmoe.gridworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class GridLayoutTest {
    @Test
    void paperLayoutMatchesTheFigure() {
        GridLayout maze = GridLayout.paper();
        assertThat(maze.width()).isEqualTo(7);
        assertThat(maze.height()).isEqualTo(3);
        assertThat(maze.start()).isEqualTo(new Cell(0, 0));
        assertThat(maze.goal()).isEqualTo(new Cell(5, 0));
        assertThat(maze.trap()).isEqualTo(new Cell(3, 1));
        assertThat(maze.prize()).isEqualTo(new Cell(3, 2));
        assertThat(maze.walls()).isEmpty();
    }

    @Test
    void badMapsNameTheRowAndColumn() {
        assertThatThrownBy(() -> GridLayout.parse("S..G\n..X."))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("map row 1 column 2 holds unknown symbol 'X'; allowed: S G T P # .");
        assertThatThrownBy(() -> GridLayout.parse("S..G\n..."))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("map row 1 has 3 cells");
        assertThatThrownBy(() -> GridLayout.parse("S..G\nS..."))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("map row 1 column 0 holds a second 'S'");
        assertThatThrownBy(() -> GridLayout.parse("S...")).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("missing G");
        assertThatThrownBy(() -> GridLayout.parse("  ")).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void wallsBlock() {
        GridLayout layout = GridLayout.parse("S#G\n...");
        assertThat(layout.isOpen(1, 0)).isFalse();
        assertThat(layout.isOpen(1, 1)).isTrue();
        assertThat(layout.isOpen(-1, 0)).isFalse();
        assertThat(layout.isOpen(3, 0)).isFalse();
    }
}
