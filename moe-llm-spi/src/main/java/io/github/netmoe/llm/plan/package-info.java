/**
 * Gate plans as JSON: the codec {@link io.github.netmoe.llm.plan.GatePlanJson} (write a
 * {@link io.github.netmoe.core.GatePlan} and read it back), the published schemas
 * {@link io.github.netmoe.llm.plan.PlanSchemas}, and {@link io.github.netmoe.llm.plan.ModelPlanReader},
 * which reads a language model's answer against a catalogue, repairs only what is unambiguous and
 * otherwise throws {@link io.github.netmoe.core.PlanParseException} with the raw text.
 */
package io.github.netmoe.llm.plan;
