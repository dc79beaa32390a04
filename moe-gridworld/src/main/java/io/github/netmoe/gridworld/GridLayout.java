package io.github.netmoe.gridworld;

import io.github.netmoe.core.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * The static map of a maze: its size, walls, start, goal, trap and prize cells.
 *
 * <p>ASCII maps list rows from {@code y = 0} (first line) upwards; each character is one cell:
 * {@code S} start, {@code G} goal, {@code T} trap, {@code P} prize, {@code #} wall, {@code .} empty.
 * A map has exactly one {@code S} and one {@code G}, at most one {@code T} and one {@code P}, and
 * all rows of equal length. The paper's maze ({@link #paper()}) is
 * <pre>
 * y=0  S....G.
 * y=1  ...T...
 * y=2  ...P...
 * </pre>
 *
 * @param width number of columns
 * @param height number of rows
 * @param walls blocked cells
 * @param start the start cell
 * @param goal the goal cell
 * @param trap the trap cell, or null if none
 * @param prize the prize cell, or null if none
 */
public record GridLayout(int width, int height, List<Cell> walls, Cell start, Cell goal, Cell trap, Cell prize) {
    private static final String PAPER_MAP = "S....G.\n...T...\n...P...";

    /**
     * Validates.
     *
     * @throws InvalidArgumentException if a cell lies outside the grid or special cells coincide
     */
    public GridLayout {
        if (width < 1 || height < 1) {
            throw new InvalidArgumentException("grid size " + width + "x" + height + " must be at least 1x1");
        }
        walls = List.copyOf(walls);
        for (Cell c : new Cell[] {start, goal}) {
            if (c == null) {
                throw new InvalidArgumentException("a layout needs a start and a goal cell");
            }
        }
        List<Cell> special = new ArrayList<>(List.of(start, goal));
        if (trap != null) {
            special.add(trap);
        }
        if (prize != null) {
            special.add(prize);
        }
        for (Cell c : special) {
            if (c.x() < 0 || c.x() >= width || c.y() < 0 || c.y() >= height) {
                throw new InvalidArgumentException("cell " + c + " lies outside the " + width + "x" + height + " grid");
            }
            if (walls.contains(c)) {
                throw new InvalidArgumentException("cell " + c + " is both a wall and a special cell");
            }
        }
        if (special.stream().distinct().count() != special.size()) {
            throw new InvalidArgumentException("start, goal, trap and prize must be distinct cells, got " + special);
        }
    }

    /** @return the paper's 7x3 maze: start (0,0), goal (5,0), trap (3,1), prize (3,2) */
    public static GridLayout paper() {
        return parse(PAPER_MAP);
    }

    /**
     * Parses an ASCII map (see the class documentation).
     *
     * @param map the map, rows separated by newlines
     * @return the layout
     * @throws InvalidArgumentException naming the row and column of the first problem
     */
    public static GridLayout parse(String map) {
        if (map == null || map.isBlank()) {
            throw new InvalidArgumentException("map must be a non-blank string");
        }
        String[] rows = map.strip().split("\\R");
        int width = rows[0].length();
        List<Cell> walls = new ArrayList<>();
        Cell start = null;
        Cell goal = null;
        Cell trap = null;
        Cell prize = null;
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length() != width) {
                throw new InvalidArgumentException("map row " + y + " has " + rows[y].length()
                        + " cells; every row must have " + width + " (the first row's length)");
            }
            for (int x = 0; x < width; x++) {
                char c = rows[y].charAt(x);
                Cell cell = new Cell(x, y);
                switch (c) {
                    case '.' -> { }
                    case '#' -> walls.add(cell);
                    case 'S' -> start = once(start, cell, 'S');
                    case 'G' -> goal = once(goal, cell, 'G');
                    case 'T' -> trap = once(trap, cell, 'T');
                    case 'P' -> prize = once(prize, cell, 'P');
                    default -> throw new InvalidArgumentException("map row " + y + " column " + x
                            + " holds unknown symbol '" + c + "'; allowed: S G T P # .");
                }
            }
        }
        if (start == null || goal == null) {
            throw new InvalidArgumentException("map must contain exactly one S (start) and one G (goal); missing "
                    + (start == null ? "S" : "G"));
        }
        return new GridLayout(width, rows.length, walls, start, goal, trap, prize);
    }

    private static Cell once(Cell existing, Cell cell, char symbol) {
        if (existing != null) {
            throw new InvalidArgumentException("map row " + cell.y() + " column " + cell.x() + " holds a second '"
                    + symbol + "' (the first is at " + existing + "); at most one is allowed");
        }
        return cell;
    }

    /**
     * @param x column
     * @param y row
     * @return whether the cell is inside the grid and not a wall
     */
    public boolean isOpen(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && !walls.contains(new Cell(x, y));
    }

    /** @return the number of cells, the length of the one-hot position features */
    public int cellCount() {
        return width * height;
    }
}
