package io.github.netmoe.llm.offline;

/**
 * One word of a text, lower-cased with apostrophes dropped ({@code don't -> dont}), and its stem; or a
 * clause break (punctuation, or a word that starts a new clause such as {@code but} or {@code then}).
 *
 * @param word the word, or the punctuation for a break
 * @param stem the word's stem ({@link Stemmer}), empty for a break
 * @param clauseBreak whether this token separates clauses
 */
record Token(String word, String stem, boolean clauseBreak) {
}
