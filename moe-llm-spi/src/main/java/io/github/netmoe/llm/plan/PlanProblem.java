package io.github.netmoe.llm.plan;

/**
 * Internal signal of one thing wrong with a plan's JSON; turned into a
 * {@link io.github.netmoe.core.PlanParseException} that carries the raw text at the reader's boundary.
 */
final class PlanProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlanProblem(String message) {
        super(message, null, false, false);
    }
}
