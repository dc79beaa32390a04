package io.github.netmoe.gridworld;

/**
 * A state of the maze: where the walker is and what has happened in the episode so far.
 *
 * @param x column of the walker
 * @param y row of the walker
 * @param prizeCollected whether the prize has been collected
 * @param trapHit whether the walker has stepped on the trap
 * @param goalReached whether the walker has reached the goal
 * @param steps moves made so far
 */
public record GridState(int x, int y, boolean prizeCollected, boolean trapHit, boolean goalReached, int steps) {
    /** @return the walker's cell */
    public Cell cell() {
        return new Cell(x, y);
    }
}
