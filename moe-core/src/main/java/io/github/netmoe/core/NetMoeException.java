package io.github.netmoe.core;

/**
 * Root of every exception NetMoE throws on purpose. It is unchecked: the conditions it reports
 * (invalid arguments, unusable plans, corrupted model files) are programming or data errors that a
 * caller rarely recovers from locally, and a single root lets an application catch them all.
 *
 * <p>Messages name the offending value and what was allowed, e.g. {@code "powerWatts = -1.0 must be
 * > 0"}.
 */
public class NetMoeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the value and the allowed range
     */
    public NetMoeException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the value and the allowed range
     * @param cause the underlying failure
     */
    public NetMoeException(String message, Throwable cause) {
        super(message, cause);
    }
}
