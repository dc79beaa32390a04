/**
 * The language-model gate {@link io.github.netmoe.llm.gate.LlmGate} (prompts for the paper's four steps,
 * one call or one per step, a plan cache with one model call per requirement, an optional fallback gate),
 * and {@link io.github.netmoe.llm.gate.Gates}, which picks the default gate from the environment.
 */
package io.github.netmoe.llm.gate;
