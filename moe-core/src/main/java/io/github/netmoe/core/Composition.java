package io.github.netmoe.core;

import java.util.List;

/**
 * Domain knowledge of how objectives combine into a derived one, e.g. wireless throughput
 * {@code TP = (1 - OP) * DR} is the {@link CombinationRule.Kind#WEIGHTED_PRODUCT product} of the
 * success probability and the data rate. Gates use it to turn a requirement no expert was trained for
 * into a combination of experts that were.
 *
 * @param id identifier of the derived objective, e.g. {@code throughput}
 * @param description the formula and its meaning, readable by a language model
 * @param objectiveIds the objectives it is built from, in catalogue ids
 * @param rule how their expert evaluations combine
 * @param synonyms words and phrases that ask for the derived objective (lower case)
 */
public record Composition(String id, String description, List<String> objectiveIds, CombinationRule.Kind rule,
                          List<String> synonyms) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on blank ids, fewer than two parts or a null rule
     */
    public Composition {
        Arguments.requireNonBlank("id", id);
        Arguments.requireNonBlank("description", description);
        objectiveIds = List.copyOf(Arguments.requireNonNull("objectiveIds", objectiveIds));
        if (objectiveIds.size() < 2) {
            throw new InvalidArgumentException("objectiveIds = " + objectiveIds + " must name at least 2 objectives");
        }
        Arguments.requireNonNull("rule", rule);
        synonyms = List.copyOf(Arguments.requireNonNull("synonyms", synonyms));
    }
}
