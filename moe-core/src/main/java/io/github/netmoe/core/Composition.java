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
 * @param utility how the combined estimate becomes the user's utility, or null to use it as it is
 */
public record Composition(String id, String description, List<String> objectiveIds, CombinationRule.Kind rule,
                          List<String> synonyms, Utility utility) {

    /**
     * The utility of a derived objective: {@code u[a] = gain * estimate[a] - actionCost[a]}; a gate
     * wraps the composition's rule in a {@link CombinationRule.ActionUtility} with these numbers.
     *
     * @param gain positive multiplier
     * @param actionCost one finite cost per action
     */
    public record Utility(double gain, double[] actionCost) {
        /**
         * Validates and copies.
         *
         * @throws InvalidArgumentException on a non-positive gain or non-finite costs
         */
        public Utility {
            Arguments.requirePositive("gain", gain);
            actionCost = Arguments.requireAllFinite("actionCost", actionCost).clone();
        }

        @Override
        public double[] actionCost() {
            return actionCost.clone();
        }

        /**
         * @param inner the combination of the composition's experts
         * @return {@code inner} wrapped into this utility
         */
        public CombinationRule.ActionUtility wrap(CombinationRule inner) {
            return new CombinationRule.ActionUtility(inner, gain, actionCost);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Utility that && Double.compare(gain, that.gain) == 0
                    && java.util.Arrays.equals(actionCost, that.actionCost);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(gain) * 31 + java.util.Arrays.hashCode(actionCost);
        }

        @Override
        public String toString() {
            return "Utility[gain=" + gain + ", actionCost=" + java.util.Arrays.toString(actionCost) + "]";
        }
    }

    /**
     * A composition whose combined estimate is the utility itself.
     *
     * @param id identifier of the derived objective
     * @param description the formula and its meaning
     * @param objectiveIds the objectives it is built from
     * @param rule how their expert evaluations combine
     * @param synonyms words and phrases that ask for it
     */
    public Composition(String id, String description, List<String> objectiveIds, CombinationRule.Kind rule,
                       List<String> synonyms) {
        this(id, description, objectiveIds, rule, synonyms, null);
    }
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
