package io.github.netmoe.llm.offline;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link RequirementMatcher}: finds a catalogue's ids, synonyms and distinctive description
 * words in the requirement ({@link MentionFinder}: stems, typos, phrases), then drops what the
 * requirement dismisses or negates ({@link Negations}). An id is asked for when its affirmed mentions
 * weigh at least {@value #THRESHOLD} (one synonym, or a synonym with a typo) and more than its
 * dismissed or negated ones. Uses no environment-specific knowledge: everything comes from the
 * catalogue and general English.
 *
 * <p>Thread-safe; a catalogue's terms are built once and kept.
 */
public final class LexicalMatcher implements RequirementMatcher {
    /** The weight of affirmed mentions an id needs. */
    public static final double THRESHOLD = 0.75;
    private static final int MAX_CACHED_CATALOGUES = 64;

    private final Map<ObjectiveCatalogue, Lexicon> lexicons = new ConcurrentHashMap<>();

    /** Creates a matcher. */
    public LexicalMatcher() {
        // the lexicon cache fills on use
    }

    @Override
    public RequirementReading read(String requirement, ObjectiveCatalogue catalogue) {
        Arguments.requireNonNull("requirement", requirement);
        Arguments.requireNonNull("catalogue", catalogue);
        if (lexicons.size() > MAX_CACHED_CATALOGUES) {
            lexicons.clear();
        }
        Lexicon lexicon = lexicons.computeIfAbsent(catalogue, Lexicon::of);
        List<Token> tokens = Tokens.of(requirement);
        List<Mention> mentions = MentionFinder.find(tokens, lexicon);
        List<Boolean> immune = new ArrayList<>();
        for (Mention m : mentions) {
            immune.add(catalogue.objective(m.target()).map(o -> o.kind() == Objective.Kind.CONSTRAINT).orElse(false));
        }
        List<Negations.Polarity> polarity = Negations.classify(tokens, mentions, immune);

        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(mentions.get(a).start(), mentions.get(b).start()));
        for (int i : order) {
            Mention m = mentions.get(i);
            Tally t = tallies.computeIfAbsent(m.target(), k -> new Tally());
            if (polarity.get(i) == Negations.Polarity.AFFIRMED) {
                t.affirmed += m.weight();
                t.cues.add(m.text());
            } else {
                t.excluded += m.weight();
                t.exclusions.add(m.text() + " (" + polarity.get(i).name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
        List<String> objectives = new ArrayList<>();
        List<String> dismissed = new ArrayList<>();
        List<ObjectiveEvidence> evidence = new ArrayList<>();
        tallies.forEach((id, t) -> {
            boolean asked = t.affirmed >= THRESHOLD && t.affirmed > t.excluded;
            if (asked) {
                objectives.add(id);
            } else if (t.excluded > 0) {
                dismissed.add(id);
            }
            evidence.add(new ObjectiveEvidence(id, t.affirmed - t.excluded, t.cues, t.exclusions));
        });
        return new RequirementReading(objectives, dismissed, evidence);
    }

    private static final class Tally {
        private double affirmed;
        private double excluded;
        private final List<String> cues = new ArrayList<>();
        private final List<String> exclusions = new ArrayList<>();
    }
}
