package io.github.netmoe.llm.offline;

/**
 * Typo tolerance: two words match if their optimal-string-alignment distance (Damerau-Levenshtein
 * without repeated edits of one substring) is small for their length, and they start alike. Words of
 * up to 3 letters must match exactly; of 4 letters, differ by one swap of neighbours ({@code gaol}) or one letter more or
 * less ({@code eror}), never a substitution ({@code like} is not {@code live});
 * of 5-7 letters, by one edit ({@code prise}); of 8 or more, by two ({@code shortst}, {@code disconect}).
 */
final class Fuzzy {
    private Fuzzy() {
    }

    static boolean close(String typed, String known) {
        if (typed.equals(known)) {
            return true;
        }
        int len = Math.min(typed.length(), known.length());
        if (len <= 3 || Math.abs(typed.length() - known.length()) > 2) {
            return false;
        }
        boolean sameStart = typed.charAt(0) == known.charAt(0)
                || typed.charAt(0) == known.charAt(1) && typed.charAt(1) == known.charAt(0);
        if (!sameStart) {
            return false;
        }
        int allowed = len >= 8 ? 2 : 1;
        int d = distance(typed, known, allowed);
        if (len == 4) {
            return d == 1 && (typed.length() != known.length() || isSwap(typed, known));
        }
        return d <= allowed;
    }

    private static boolean isSwap(String a, String b) {
        for (int i = 0; i + 1 < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
        }
        return false;
    }

    /** Optimal string alignment distance, or {@code limit + 1} once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }
}
