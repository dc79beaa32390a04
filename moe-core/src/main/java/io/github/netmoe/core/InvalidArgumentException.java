package io.github.netmoe.core;

/**
 * An argument passed across the public API is outside its documented domain: NaN, infinite where a
 * finite value is required, negative where a non-negative one is required, an empty collection, an
 * index out of range, a duplicate identifier.
 *
 * <p>Unlike {@link IllegalArgumentException} it is a {@link NetMoeException}, so applications can
 * catch every NetMoE failure with one clause. The message always names the argument, its value and
 * the allowed range.
 */
public class InvalidArgumentException extends NetMoeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the argument, its value and the allowed range
     */
    public InvalidArgumentException(String message) {
        super(message);
    }
}
