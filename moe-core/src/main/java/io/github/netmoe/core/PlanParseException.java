package io.github.netmoe.core;

/**
 * A gate (typically a language model) produced text that could not be turned into a valid
 * {@link GatePlan}. The raw text is kept so that it can be logged, shown or repaired by the caller.
 */
public class PlanParseException extends PlanException {
    private static final long serialVersionUID = 1L;

    private final String rawText;

    /**
     * @param message what was wrong with the text
     * @param rawText the text as the gate produced it (may be empty, never null)
     */
    public PlanParseException(String message, String rawText) {
        super(message);
        this.rawText = rawText == null ? "" : rawText;
    }

    /**
     * @param message what was wrong with the text
     * @param rawText the text as the gate produced it
     * @param cause the underlying parse failure
     */
    public PlanParseException(String message, String rawText, Throwable cause) {
        super(message, cause);
        this.rawText = rawText == null ? "" : rawText;
    }

    /**
     * @return the text the gate produced, unmodified
     */
    public String rawText() {
        return rawText;
    }
}
