/**
 * The NetMoE decision API.
 *
 * <p>An {@link io.github.netmoe.core.Environment} describes a task and its
 * {@link io.github.netmoe.core.ObjectiveCatalogue}; trained {@link io.github.netmoe.core.Expert}s score
 * actions for the objective they were trained on; a {@link io.github.netmoe.core.GatePolicy} turns a
 * user's requirement into a {@link io.github.netmoe.core.GatePlan} once; and
 * {@link io.github.netmoe.core.MixtureOfExperts} executes the plan for every state, producing an
 * auditable {@link io.github.netmoe.core.Decision}:
 *
 * <pre>
 * requirement --GatePolicy.plan--&gt; GatePlan                (once per requirement)
 * state --MixtureOfExperts.decide(state, plan)--&gt; Decision  (every step)
 * </pre>
 *
 * <p>Every failure is a {@link io.github.netmoe.core.NetMoeException}.
 */
package io.github.netmoe.core;
