package io.github.netmoe.core;

import java.util.List;

/**
 * Something a user can ask for, as an environment understands it: "reach the goal", "low outage".
 * Gates match requirement text against the description and synonyms.
 *
 * @param id short stable identifier, e.g. {@code goal}, {@code outage}
 * @param description one sentence a language model can read
 * @param kind how the objective composes with others
 * @param synonyms words and phrases that refer to this objective (lower case)
 */
public record Objective(String id, String description, Kind kind, List<String> synonyms) {

    /** How an objective takes part in a task. */
    public enum Kind {
        /** Ends the episode when reached; comes last (e.g. the maze's goal). */
        TERMINAL,
        /** Must be achieved on the way, before the terminal objective (e.g. the prize). */
        INTERMEDIATE,
        /** Must hold throughout (e.g. avoid the trap). */
        CONSTRAINT,
        /** A quantity to optimise (e.g. outage probability, data rate). */
        METRIC
    }

    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on a blank id or description, or a null kind
     */
    public Objective {
        Arguments.requireNonBlank("id", id);
        Arguments.requireNonBlank("description", description);
        Arguments.requireNonNull("kind", kind);
        synonyms = List.copyOf(Arguments.requireNonNull("synonyms", synonyms));
    }
}
