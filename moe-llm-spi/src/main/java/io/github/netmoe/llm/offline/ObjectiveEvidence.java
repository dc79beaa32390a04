package io.github.netmoe.llm.offline;

import io.github.netmoe.core.Arguments;
import java.util.List;

/**
 * What a {@link RequirementMatcher} found for one catalogue objective or composition.
 *
 * @param id the objective or composition id
 * @param score how strongly the requirement asks for it (matcher-specific scale)
 * @param cues the requirement's words that ask for it
 * @param exclusions the requirement's words that dismiss or negate it
 */
public record ObjectiveEvidence(String id, double score, List<String> cues, List<String> exclusions) {
    /**
     * Validates and copies.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on a blank id or a non-finite score
     */
    public ObjectiveEvidence {
        Arguments.requireNonBlank("id", id);
        Arguments.requireFinite("score", score);
        cues = List.copyOf(Arguments.requireNonNull("cues", cues));
        exclusions = List.copyOf(Arguments.requireNonNull("exclusions", exclusions));
    }
}
