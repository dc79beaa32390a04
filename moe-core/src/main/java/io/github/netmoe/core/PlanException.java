package io.github.netmoe.core;

/**
 * A {@link GatePlan} cannot be used with a given mixture: it names an expert the mixture does not
 * have, or a state condition the environment does not define.
 */
public class PlanException extends NetMoeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what in the plan is unusable and what was available
     */
    public PlanException(String message) {
        super(message);
    }

    /**
     * @param message what in the plan is unusable and what was available
     * @param cause the underlying failure
     */
    public PlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
