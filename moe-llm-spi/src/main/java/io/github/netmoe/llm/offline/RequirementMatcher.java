package io.github.netmoe.llm.offline;

import io.github.netmoe.core.ObjectiveCatalogue;

/**
 * Reads which of a catalogue's objectives and compositions a requirement asks for. The default is
 * {@link LexicalMatcher}; another matcher (e.g. one on sentence embeddings) plugs into
 * {@link OfflineGate#OfflineGate(RequirementMatcher)}. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequirementMatcher {

    /**
     * @param requirement the user's requirement
     * @param catalogue the environment's catalogue
     * @return the ids asked for, possibly none
     */
    RequirementReading read(String requirement, ObjectiveCatalogue catalogue);
}
