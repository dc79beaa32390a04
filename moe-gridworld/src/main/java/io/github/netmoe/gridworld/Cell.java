package io.github.netmoe.gridworld;

/**
 * A grid position; {@code x} grows to the right, {@code y} grows away from the start row.
 *
 * @param x column, from 0
 * @param y row, from 0
 */
public record Cell(int x, int y) {
    /** @return the cell as {@code (x,y)} */
    @Override
    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
