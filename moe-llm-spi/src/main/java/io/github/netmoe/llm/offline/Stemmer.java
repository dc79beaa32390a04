package io.github.netmoe.llm.offline;

/**
 * A light English suffix stripper, enough to let "collecting", "collected" and "collect", or
 * "interruptions" and "uninterrupted", meet on one stem. It is applied alike to catalogue phrases and
 * requirement words, so it only has to be consistent, not linguistically right. Steps: a plural
 * ({@code ies -> y}, {@code s}); one suffix of {@link #SUFFIXES} if at least three letters remain; a
 * doubled final consonant ({@code dropp -> drop}); a final {@code e}.
 */
final class Stemmer {
    private static final String[][] SUFFIXES = {
        {"ability", "abl"}, {"ably", "abl"}, {"able", "abl"}, {"ingly", ""}, {"edly", ""}, {"ness", ""},
        {"ation", ""}, {"ety", ""}, {"ions", ""}, {"ion", ""}, {"ings", ""}, {"ing", ""}, {"ate", ""}, {"ed", ""},
        {"est", ""}, {"er", ""}, {"ly", ""}, {"ity", ""},
    };

    private Stemmer() {
    }

    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String[] rule : SUFFIXES) {
            if (w.endsWith(rule[0]) && w.length() - rule[0].length() >= 3) {
                w = w.substring(0, w.length() - rule[0].length()) + rule[1];
                break;
            }
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w.charAt(n - 1)) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouy".indexOf(c) < 0;
    }
}
