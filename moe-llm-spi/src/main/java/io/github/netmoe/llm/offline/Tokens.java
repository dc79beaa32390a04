package io.github.netmoe.llm.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into {@link Token}s: words (lower case, apostrophes dropped, split at anything that is
 * not a letter or digit) and clause breaks. A break is punctuation ({@code , . ; : ! ?} and brackets),
 * a word that opens a new clause ({@link #BREAK_WORDS}), or {@code and} when a verb rather than a
 * determiner follows it ("ignore the prize and reach the goal" is two clauses, "ignore the prize and
 * the trap" one).
 */
final class Tokens {
    static final Set<String> BREAK_WORDS = Set.of("but", "then", "until", "till", "before", "after", "unless",
            "while", "because", "instead", "rather", "though", "although", "however", "yet", "so", "just", "only",
            "whereas", "also");
    private static final Set<String> CONTINUE_AFTER_AND = Set.of("the", "a", "an", "any", "its", "their", "my",
            "our", "your", "of", "or", "all", "every", "no", "to", "from", "about");
    private static final String BREAK_PUNCTUATION = ",.;:!?()[]{}";

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<String> raw = split(text);
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            if (w.length() == 1 && BREAK_PUNCTUATION.indexOf(w.charAt(0)) >= 0) {
                tokens.add(new Token(w, "", true));
            } else if (BREAK_WORDS.contains(w)) {
                tokens.add(new Token(w, "", true));
            } else if (w.equals("and") && i + 1 < raw.size() && !CONTINUE_AFTER_AND.contains(raw.get(i + 1))) {
                tokens.add(new Token(w, "", true));
            } else {
                tokens.add(new Token(w, Stemmer.stem(w), false));
            }
        }
        return tokens;
    }

    /** Words of a catalogue phrase, without breaks. */
    static List<String> words(String text) {
        return split(text).stream().filter(w -> Character.isLetterOrDigit(w.charAt(0))).toList();
    }

    /** Splits camelCase and separators: {@code bitError} gives {@code bit error}. */
    static String splitIdentifier(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[-_.]", " ");
    }

    private static List<String> split(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c == '\'' && word.length() > 0 && i + 1 < lower.length()
                    && Character.isLetter(lower.charAt(i + 1))) {
                continue;
            } else {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                if (BREAK_PUNCTUATION.indexOf(c) >= 0) {
                    out.add(String.valueOf(c));
                }
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
