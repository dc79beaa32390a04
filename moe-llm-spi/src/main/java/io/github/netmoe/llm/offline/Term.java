package io.github.netmoe.llm.offline;

import java.util.List;

/**
 * A phrase that points at one catalogue objective or composition.
 *
 * @param target the objective or composition id
 * @param words the phrase's words, lower case
 * @param stems their stems
 * @param weight how strongly a match counts: 1 for ids and synonyms, less for description words
 * @param source where the phrase comes from (for rationales)
 */
record Term(String target, List<String> words, List<String> stems, double weight, Source source) {

    /** Where a term comes from. */
    enum Source {
        /** The objective's id. */
        ID,
        /** One of its synonyms. */
        SYNONYM,
        /** A word of its description found in no other entry's description. */
        DESCRIPTION
    }
}
