package io.github.netmoe.core;

import java.util.List;
import java.util.Map;

/**
 * What an expert is, in words a language model can read, and how its evaluations must be
 * normalised before they are combined with other experts'.
 *
 * <p>Experts trained on different rewards produce evaluations on different scales (Q-values of a
 * +10 goal reward, of a -1 trap penalty, of a utility in [0, 1]). Combining them raw lets one expert
 * dominate by scale alone, so every expert declares a {@link Normalisation} that maps its
 * evaluations to a comparable quantity; {@link MixtureOfExperts} applies it before any
 * {@link CombinationRule}.
 *
 * @param id unique identifier, e.g. {@code a-goal}
 * @param description what the expert does, readable by a language model
 * @param objectives the catalogue objective ids it was trained for
 * @param evaluationMeaning what one evaluation value means and its scale, e.g. "Q-value: expected
 *     discounted return, +10 on reaching the goal, in [0, 10]"
 * @param normalisation how evaluations are made comparable before combining
 * @param attributes further facts a gate may use (reward parameters, bounds), as text
 */
public record ExpertDescriptor(String id, String description, List<String> objectives, String evaluationMeaning,
                               Normalisation normalisation, Map<String, String> attributes) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on blank text, no objectives or a null normalisation
     */
    public ExpertDescriptor {
        Arguments.requireNonBlank("id", id);
        Arguments.requireNonBlank("description", description);
        objectives = List.copyOf(Arguments.requireNonEmpty("objectives", objectives));
        Arguments.requireNonBlank("evaluationMeaning", evaluationMeaning);
        Arguments.requireNonNull("normalisation", normalisation);
        attributes = Map.copyOf(Arguments.requireNonNull("attributes", attributes));
    }

    /**
     * A descriptor with no extra attributes.
     *
     * @param id unique identifier
     * @param description what the expert does
     * @param objectives the objective ids it was trained for
     * @param evaluationMeaning what an evaluation means
     * @param normalisation how evaluations are made comparable
     * @return the descriptor
     */
    public static ExpertDescriptor of(String id, String description, List<String> objectives,
                                      String evaluationMeaning, Normalisation normalisation) {
        return new ExpertDescriptor(id, description, objectives, evaluationMeaning, normalisation, Map.of());
    }
}
