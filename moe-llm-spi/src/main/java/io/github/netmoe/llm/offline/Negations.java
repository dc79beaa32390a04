package io.github.netmoe.llm.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, per {@link Mention}, whether the requirement asks for it, dismisses it or negates it,
 * within the mention's clause ({@link Tokens}).
 *
 * <ul>
 *   <li>A <em>dismissal</em> ("ignore", "skip", "regardless of", "optional", or a negated "care",
 *       "worry", "matter", "need", "important": "I don't care about the prize", "the prize doesn't
 *       matter") drops the mentions after it in its clause, or, if there are none, those before it.</li>
 *   <li>A <em>negation</em> ("not", "no", "never", "without", "don't", "avoid", ...) is about the first
 *       mention at most {@value #NEGATION_REACH} words after it in its clause, and drops that mention's
 *       target there ("go to the goal without picking up the prize" drops the prize). It keeps the
 *       request, and affects nothing else, when that mention is of a constraint ("don't step on the trap"
 *       asks for the trap constraint) or its words name something bad ({@link #HAZARDS}: "no dropped
 *       connections" asks for low outage, "without any lag during gaming" for smooth gaming). This word
 *       list is general English, not a catalogue's vocabulary.</li>
 * </ul>
 */
final class Negations {
    static final int NEGATION_REACH = 6;

    static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "dont", "doesnt", "didnt", "isnt",
            "arent", "wasnt", "cant", "cannot", "wont", "shouldnt", "mustnt", "neednt", "nor", "neither", "avoid",
            "avoiding", "avoids", "prevent", "preventing", "nothing", "none");
    static final Set<String> DISMISSERS = Set.of("ignore", "ignoring", "ignored", "disregard", "disregarding", "forget",
            "forgetting", "skip", "skipping", "regardless", "irrelevant", "unimportant", "unnecessary", "optional",
            "nevermind", "neglect", "whatever");
    static final Set<String> NEGATABLE_DISMISSERS = Set.of("care", "cares", "caring", "worry", "worried", "bother",
            "matter", "matters", "mind", "need", "needs", "needed", "necessary", "important", "required", "interested",
            "priority", "essential", "relevant", "concerned", "concern");
    static final Set<String> HAZARDS = Set.of("trap", "traps", "danger", "dangers", "dangerous", "hazard", "hazards",
            "hazardous", "risk", "risks", "risky", "pit", "pits", "fall", "falling", "fail", "fails", "failure",
            "failures", "crash", "crashes", "collision", "collisions", "obstacle", "obstacles", "drop", "drops",
            "dropped", "dropping", "dropout", "dropouts", "disconnect", "disconnects", "disconnected", "disconnection",
            "disconnections", "outage", "outages", "interruption", "interruptions", "interrupt", "interrupted", "lag",
            "lags", "lagging", "laggy", "latency", "delay", "delays", "jitter", "error", "errors", "corrupt",
            "corrupted", "corruption", "loss", "losses", "lost", "buffering", "stutter", "stuttering", "freeze",
            "freezes", "freezing", "glitch", "glitches", "downtime", "penalty", "harm", "damage", "death", "die",
            "noise", "interference", "congestion", "blackout", "mistake", "mistakes", "broken", "breakdown");

    /** Whether the requirement asks for a mention. */
    enum Polarity {
        /** It asks for it. */
        AFFIRMED,
        /** A negation drops it. */
        NEGATED,
        /** A dismissal drops it. */
        DISMISSED
    }

    private Negations() {
    }

    static boolean isCueWord(String word) {
        return NEGATORS.contains(word) || DISMISSERS.contains(word) || NEGATABLE_DISMISSERS.contains(word);
    }

    /**
     * @param negationImmune per mention, whether a plain negation keeps it (constraint objectives)
     * @return per mention, its polarity
     */
    static List<Polarity> classify(List<Token> tokens, List<Mention> mentions, List<Boolean> negationImmune) {
        int[] clause = clauses(tokens);
        List<Integer> dismissals = new ArrayList<>();
        List<Integer> negations = new ArrayList<>();
        for (int j = 0; j < tokens.size(); j++) {
            String w = tokens.get(j).word();
            if (DISMISSERS.contains(w) || NEGATABLE_DISMISSERS.contains(w) && negatedBefore(tokens, clause, j)) {
                dismissals.add(j);
            } else if (NEGATORS.contains(w) && !(w.equals("no") && next(tokens, j).equals("matter"))
                    && !isDismissalNegator(tokens, clause, j)) {
                negations.add(j);
            }
        }
        boolean[] negated = new boolean[mentions.size()];
        for (int cue : negations) {
            int first = firstMentionAfter(cue, mentions, clause);
            if (first < 0 || negationImmune.get(first) || namesHazard(mentions.get(first))) {
                continue;
            }
            String target = mentions.get(first).target();
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                if (m.target().equals(target) && m.start() > cue && clause[m.start()] == clause[cue]) {
                    negated[k] = true;
                }
            }
        }
        List<Polarity> result = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            if (dismissed(mentions.get(k), mentions, dismissals, clause)) {
                result.add(Polarity.DISMISSED);
            } else {
                result.add(negated[k] ? Polarity.NEGATED : Polarity.AFFIRMED);
            }
        }
        return result;
    }

    /** The mention a negation at {@code cue} is about: the first one after it, in reach, in its clause. */
    private static int firstMentionAfter(int cue, List<Mention> mentions, int[] clause) {
        int best = -1;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() > cue && m.start() - cue <= NEGATION_REACH && clause[m.start()] == clause[cue]
                    && (best < 0 || m.start() < mentions.get(best).start())) {
                best = k;
            }
        }
        return best;
    }

    private static boolean dismissed(Mention m, List<Mention> all, List<Integer> cues, int[] clause) {
        for (int cue : cues) {
            if (clause[cue] != clause[m.start()] || cue >= m.start() && cue < m.end()) {
                continue;
            }
            if (cue < m.start()) {
                return true;
            }
            boolean mentionAfterCue = all.stream().anyMatch(o -> o.start() > cue && clause[o.start()] == clause[cue]);
            if (!mentionAfterCue) {
                return true;
            }
        }
        return false;
    }

    /** Whether the typed words, or the term's words they matched (typos), name something bad. */
    private static boolean namesHazard(Mention m) {
        for (String w : m.text().split(" ")) {
            if (HAZARDS.contains(w)) {
                return true;
            }
        }
        return m.term().words().stream().anyMatch(HAZARDS::contains);
    }

    /** A negated dismisser within three words before {@code j} in its clause ("don't really care"). */
    private static boolean negatedBefore(List<Token> tokens, int[] clause, int j) {
        for (int i = Math.max(0, j - 3); i < j; i++) {
            if (clause[i] == clause[j] && NEGATORS.contains(tokens.get(i).word())
                    && !(tokens.get(i).word().equals("no") && tokens.get(j).word().startsWith("matter"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the negator at {@code j} belongs to a dismissal after it ("don't care"). */
    private static boolean isDismissalNegator(List<Token> tokens, int[] clause, int j) {
        for (int i = j + 1; i <= Math.min(tokens.size() - 1, j + 3); i++) {
            if (clause[i] == clause[j] && NEGATABLE_DISMISSERS.contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    private static String next(List<Token> tokens, int j) {
        return j + 1 < tokens.size() ? tokens.get(j + 1).word() : "";
    }

    private static int[] clauses(List<Token> tokens) {
        int[] clause = new int[tokens.size()];
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).clauseBreak()) {
                c++;
            }
            clause[i] = c;
        }
        return clause;
    }
}
