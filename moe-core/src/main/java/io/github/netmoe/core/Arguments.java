package io.github.netmoe.core;

import java.util.Collection;

/**
 * Argument checks shared by every NetMoE module. Each method throws
 * {@link InvalidArgumentException} with a message that names the argument, its value and the allowed
 * range, and returns the value otherwise so checks can be used inline.
 *
 * <p>Thread-safe (stateless).
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @return {@code value} if it is finite
     * @throws InvalidArgumentException if {@code value} is NaN or infinite
     */
    public static double requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidArgumentException(name + " = " + value + " must be finite");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @return {@code value} if it is finite and strictly positive
     * @throws InvalidArgumentException otherwise
     */
    public static double requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InvalidArgumentException(name + " = " + value + " must be finite and > 0");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @return {@code value} if it is finite and {@code >= 0}
     * @throws InvalidArgumentException otherwise
     */
    public static double requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new InvalidArgumentException(name + " = " + value + " must be finite and >= 0");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @param min inclusive lower bound
     * @param max inclusive upper bound
     * @return {@code value} if {@code min <= value <= max}
     * @throws InvalidArgumentException otherwise (NaN included)
     */
    public static double requireInRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidArgumentException(name + " = " + value + " must be in [" + min + ", " + max + "]");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @param min inclusive lower bound
     * @param max inclusive upper bound
     * @return {@code value} if {@code min <= value <= max}
     * @throws InvalidArgumentException otherwise
     */
    public static int requireInRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(name + " = " + value + " must be in [" + min + ", " + max + "]");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @return {@code value} if it is at least 1
     * @throws InvalidArgumentException otherwise
     */
    public static int requirePositive(String name, int value) {
        if (value < 1) {
            throw new InvalidArgumentException(name + " = " + value + " must be >= 1");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @param <T> the type
     * @return {@code value} if it is not null
     * @throws InvalidArgumentException if it is null
     */
    public static <T> T requireNonNull(String name, T value) {
        if (value == null) {
            throw new InvalidArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the value
     * @return {@code value} if it is neither null nor blank
     * @throws InvalidArgumentException otherwise
     */
    public static String requireNonBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(name + " = " + quote(value) + " must be a non-blank string");
        }
        return value;
    }

    /**
     * @param name argument name used in the message
     * @param value the collection
     * @param <C> the collection type
     * @return {@code value} if it is non-null and non-empty
     * @throws InvalidArgumentException otherwise
     */
    public static <C extends Collection<?>> C requireNonEmpty(String name, C value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException(name + " must contain at least one element, got "
                    + (value == null ? "null" : "an empty collection"));
        }
        return value;
    }

    /**
     * Checks that every element of an array is finite.
     *
     * @param name argument name used in the message
     * @param values the array
     * @return {@code values}
     * @throws InvalidArgumentException if the array is null or holds a NaN or infinity
     */
    public static double[] requireAllFinite(String name, double[] values) {
        requireNonNull(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidArgumentException(name + "[" + i + "] = " + values[i] + " must be finite");
            }
        }
        return values;
    }

    private static String quote(String s) {
        return s == null ? "null" : '"' + s + '"';
    }
}
