/**
 * The paper's maze (Section IV-A, Fig. 5): {@link io.github.netmoe.gridworld.GridWorld} on a
 * {@link io.github.netmoe.gridworld.GridLayout}, the tasks {@link io.github.netmoe.gridworld.GridTask},
 * the objective catalogue and expert descriptors {@link io.github.netmoe.gridworld.MazeCatalogue}.
 */
package io.github.netmoe.gridworld;
