/**
 * Plain-Java neural-network snapshots for per-step inference: {@link io.github.netmoe.core.nn.Mlp}.
 * Training happens on ND4J in {@code io.github.netmoe.core.rl}; the trained weights are copied here so
 * that the decision path stays in pure Java arithmetic.
 */
package io.github.netmoe.core.nn;
