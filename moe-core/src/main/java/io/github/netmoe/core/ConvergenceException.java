package io.github.netmoe.core;

/**
 * An iterative numerical method or a training run did not reach its target: a series or continued
 * fraction did not converge within its iteration budget, or training diverged (NaN loss). The message
 * names the method, its arguments and the budget that was exhausted.
 */
public class ConvergenceException extends NetMoeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the method, its arguments and the exhausted budget
     */
    public ConvergenceException(String message) {
        super(message);
    }
}
