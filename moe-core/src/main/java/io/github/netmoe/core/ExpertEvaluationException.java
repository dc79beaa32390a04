package io.github.netmoe.core;

/**
 * An expert returned evaluations that cannot be combined: the wrong number of values, or a NaN or
 * infinite value. The message names the expert, the action index and the value found.
 */
public class ExpertEvaluationException extends NetMoeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the expert, the offending value and what was allowed
     */
    public ExpertEvaluationException(String message) {
        super(message);
    }
}
