package io.github.netmoe.llm.offline;

/**
 * A term found in a requirement.
 *
 * @param term the term
 * @param start index of its first token
 * @param end index after its last token
 * @param weight the term's weight, lowered for typos and gaps
 * @param text the requirement's words that matched
 */
record Mention(Term term, int start, int end, double weight, String text) {
    /** Weight factor of a match that needed typo tolerance. */
    static final double FUZZY = 0.8;
    /** Weight factor of a phrase match with one extra word inside. */
    static final double GAP = 0.9;

    String target() {
        return term.target();
    }

    boolean contains(Mention other) {
        return start <= other.start && other.end <= end && (end - start) > (other.end - other.start);
    }
}
