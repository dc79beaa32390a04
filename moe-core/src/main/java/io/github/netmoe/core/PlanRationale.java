package io.github.netmoe.core;

/**
 * Why a gate produced its plan, one sentence or paragraph per step of the paper's pipeline (Fig. 6):
 * (1) objective formulation, (2) expert selection, (3) inference combination. Step (4), decision
 * execution, happens per state in {@link MixtureOfExperts}.
 *
 * @param objectiveFormulation how the requirement was read into catalogue objectives
 * @param expertSelection why these experts
 * @param combination why this combination rule, stages and weights
 */
public record PlanRationale(String objectiveFormulation, String expertSelection, String combination) {
    /**
     * Validates (empty text is allowed, null is not).
     *
     * @throws InvalidArgumentException on null text
     */
    public PlanRationale {
        Arguments.requireNonNull("objectiveFormulation", objectiveFormulation);
        Arguments.requireNonNull("expertSelection", expertSelection);
        Arguments.requireNonNull("combination", combination);
    }

    /** @return a rationale with no text, for hand-written plans */
    public static PlanRationale none() {
        return new PlanRationale("", "", "");
    }
}
