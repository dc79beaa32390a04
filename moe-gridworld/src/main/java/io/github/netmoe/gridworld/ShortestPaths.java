package io.github.netmoe.gridworld;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Optimal path lengths of the maze tasks without slips, by breadth-first search over
 * (cell, prize collected): the yardstick for "mean steps within 1 of optimal".
 *
 * <p>Thread-safe (stateless).
 */
public final class ShortestPaths {
    private ShortestPaths() {
    }

    /**
     * @param layout the maze
     * @param task the task
     * @return the fewest moves from the start that succeed at the task, or -1 if none does
     */
    public static int optimalSteps(GridLayout layout, GridTask task) {
        int w = layout.width();
        int cells = layout.cellCount();
        int[] dist = new int[2 * cells];
        Arrays.fill(dist, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        int start = index(layout.start(), w, false, cells);
        dist[start] = 0;
        queue.add(start);
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int s = queue.poll();
            boolean prize = s >= cells;
            int cell = s % cells;
            int x = cell % w;
            int y = cell / w;
            for (int[] m : moves) {
                int nx = x + m[0];
                int ny = y + m[1];
                if (!layout.isOpen(nx, ny)) {
                    continue;
                }
                Cell next = new Cell(nx, ny);
                if (task.forbidsTrap() && next.equals(layout.trap())) {
                    continue;
                }
                boolean nextPrize = prize || next.equals(layout.prize());
                if (next.equals(layout.goal())) {
                    if (!task.requiresPrize() || nextPrize) {
                        return dist[s] + 1;
                    }
                    continue; // the goal ends the episode: a failed one here
                }
                int n = index(next, w, nextPrize, cells);
                if (dist[n] < 0) {
                    dist[n] = dist[s] + 1;
                    queue.add(n);
                }
            }
        }
        return -1;
    }

    private static int index(Cell c, int width, boolean prize, int cells) {
        return c.y() * width + c.x() + (prize ? cells : 0);
    }
}
