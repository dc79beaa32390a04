package io.github.netmoe.core;

import java.util.List;

/**
 * The gate of a mixture: turns a requirement into a {@link GatePlan}. Implementations range from a
 * language model (module {@code moe-llm-spi}), through an offline matcher, to a trained softmax gate
 * whose plan carries a {@link CombinationRule.LearnedGating} rule.
 *
 * <p>A gate is called once per requirement, never per state.
 */
public interface GatePolicy {

    /**
     * Plans how to serve a requirement with the available experts.
     *
     * @param requirement the user's requirement in natural language
     * @param catalogue what the environment knows how to optimise
     * @param experts the descriptors of the available experts
     * @return a plan that uses only the given experts and the catalogue's conditions
     * @throws PlanException if no plan can be made
     */
    GatePlan plan(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts);

    /**
     * The argument checks every gate makes before planning.
     *
     * @param requirement must be non-blank
     * @param catalogue must be non-null
     * @param experts must be non-empty with distinct ids
     * @throws InvalidArgumentException naming the first problem
     */
    static void checkRequest(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        Arguments.requireNonBlank("requirement", requirement);
        Arguments.requireNonNull("catalogue", catalogue);
        Arguments.requireNonEmpty("experts", experts);
        List<String> ids = experts.stream().map(ExpertDescriptor::id).toList();
        if (new java.util.HashSet<>(ids).size() != ids.size()) {
            throw new InvalidArgumentException("expert ids " + ids + " must be distinct");
        }
    }
}
