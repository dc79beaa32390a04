package io.github.netmoe.core;

/**
 * A named boolean property of a state that a staged plan may switch on, e.g. the maze's
 * {@code prizeCollected}. The environment resolves the id with {@link Environment#condition(String)}.
 *
 * @param id identifier used in plans
 * @param description what it means, readable by a language model
 */
public record Condition(String id, String description) {
    /**
     * Validates.
     *
     * @throws InvalidArgumentException on a blank id or description
     */
    public Condition {
        Arguments.requireNonBlank("id", id);
        Arguments.requireNonBlank("description", description);
    }
}
