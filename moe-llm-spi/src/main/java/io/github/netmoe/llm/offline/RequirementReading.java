package io.github.netmoe.llm.offline;

import io.github.netmoe.core.Arguments;
import java.util.List;

/**
 * How a {@link RequirementMatcher} read a requirement: step 1 of the gate, objective formulation.
 *
 * @param objectives the catalogue objective and composition ids asked for, in the order the requirement
 *     first mentions them
 * @param dismissed ids the requirement mentions but dismisses or negates ("I don't care about the prize")
 * @param evidence per mentioned id, the words that led to the decision
 */
public record RequirementReading(List<String> objectives, List<String> dismissed, List<ObjectiveEvidence> evidence) {
    /**
     * Validates and copies.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on null lists
     */
    public RequirementReading {
        objectives = List.copyOf(Arguments.requireNonNull("objectives", objectives));
        dismissed = List.copyOf(Arguments.requireNonNull("dismissed", dismissed));
        evidence = List.copyOf(Arguments.requireNonNull("evidence", evidence));
    }
}
