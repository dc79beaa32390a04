package io.github.netmoe.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a gate needs to know about what can be asked of an environment: its objectives, how
 * they compose into derived objectives, and the state conditions staged plans may switch on.
 *
 * <p>The {@code version} is part of the gate's plan-cache key: change it whenever the catalogue's
 * meaning changes.
 *
 * @param environmentId identifier of the environment, e.g. {@code gridworld}
 * @param version version of this catalogue's content
 * @param objectives the objectives, with unique ids
 * @param compositions derived objectives, with ids distinct from the objectives'
 * @param conditions named state conditions
 */
public record ObjectiveCatalogue(String environmentId, String version, List<Objective> objectives,
                                 List<Composition> compositions, List<Condition> conditions) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on blank ids, no objectives, duplicate ids, or a composition
     *     that names an unknown objective
     */
    public ObjectiveCatalogue {
        Arguments.requireNonBlank("environmentId", environmentId);
        Arguments.requireNonBlank("version", version);
        objectives = List.copyOf(Arguments.requireNonEmpty("objectives", objectives));
        compositions = List.copyOf(Arguments.requireNonNull("compositions", compositions));
        conditions = List.copyOf(Arguments.requireNonNull("conditions", conditions));
        Set<String> ids = new HashSet<>();
        for (Objective o : objectives) {
            if (!ids.add(o.id())) {
                throw new InvalidArgumentException("objective id '" + o.id() + "' appears twice in the catalogue");
            }
        }
        for (Composition c : compositions) {
            for (String part : c.objectiveIds()) {
                if (!ids.contains(part)) {
                    throw new InvalidArgumentException("composition '" + c.id() + "' names unknown objective '"
                            + part + "'; known: " + ids);
                }
            }
            if (!ids.add(c.id())) {
                throw new InvalidArgumentException("composition id '" + c.id() + "' clashes with another id");
            }
        }
        Set<String> conditionIds = new HashSet<>();
        for (Condition c : conditions) {
            if (!conditionIds.add(c.id())) {
                throw new InvalidArgumentException("condition id '" + c.id() + "' appears twice in the catalogue");
            }
        }
    }

    /**
     * @param id an objective id
     * @return the objective with that id, if any
     */
    public Optional<Objective> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * @param id a composition id
     * @return the composition with that id, if any
     */
    public Optional<Composition> composition(String id) {
        return compositions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * @param id a condition id
     * @return whether the catalogue declares that condition
     */
    public boolean hasCondition(String id) {
        return conditions.stream().anyMatch(c -> c.id().equals(id));
    }
}
