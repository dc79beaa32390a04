package io.github.netmoe.llm.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a {@link Lexicon}'s terms in a requirement's tokens. A term's words must appear in order within
 * one clause, equal by word or stem, or close by {@link Fuzzy} for words the lexicon does not know
 * otherwise and that are not stop words; one extra word may sit inside a phrase whose words all have four
 * letters or more ("shortest possible path"). A match contained in a longer one is dropped ("bit error rate" is about bit errors, not the
 * data rate).
 */
final class MentionFinder {
    private MentionFinder() {
    }

    static List<Mention> find(List<Token> tokens, Lexicon lexicon) {
        List<Mention> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).clauseBreak()) {
                continue;
            }
            for (Term term : lexicon.terms()) {
                if (!term.words().isEmpty()) {
                    Mention m = match(tokens, i, term, lexicon);
                    if (m != null) {
                        candidates.add(m);
                    }
                }
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : candidates) {
            boolean contained = false;
            for (Mention other : candidates) {
                if (other != m && other.contains(m)) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static Mention match(List<Token> tokens, int start, Term term, Lexicon lexicon) {
        double factor = 1.0;
        int pos = start;
        boolean gapUsed = term.words().stream().anyMatch(x -> x.length() < 4);
        for (int w = 0; w < term.words().size(); w++) {
            if (pos >= tokens.size() || tokens.get(pos).clauseBreak()) {
                return null;
            }
            int quality = quality(tokens.get(pos), term.words().get(w), term.stems().get(w), lexicon);
            if (quality == 0 && w > 0 && !gapUsed && pos + 1 < tokens.size() && !tokens.get(pos + 1).clauseBreak()) {
                quality = quality(tokens.get(pos + 1), term.words().get(w), term.stems().get(w), lexicon);
                if (quality > 0) {
                    gapUsed = true;
                    factor *= Mention.GAP;
                    pos++;
                }
            }
            if (quality == 0) {
                return null;
            }
            if (quality == 1) {
                factor *= Mention.FUZZY;
            }
            pos++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < pos; i++) {
            text.append(i > start ? " " : "").append(tokens.get(i).word());
        }
        return new Mention(term, start, pos, term.weight() * factor, text.toString());
    }

    /** 2 for an exact word or stem match, 1 for a typo match, 0 for none. */
    private static int quality(Token token, String word, String stem, Lexicon lexicon) {
        if (token.word().equals(word) || token.stem().equals(stem)) {
            return 2;
        }
        String typed = token.word();
        if (Lexicon.STOPWORDS.contains(typed) || lexicon.knows(typed) || Negations.isCueWord(typed)) {
            return 0;
        }
        return Fuzzy.close(typed, word) || stem.length() >= 5 && Fuzzy.close(token.stem(), stem) ? 1 : 0;
    }
}
