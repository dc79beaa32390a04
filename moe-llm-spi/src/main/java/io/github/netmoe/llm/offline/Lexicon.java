package io.github.netmoe.llm.offline;

import io.github.netmoe.core.Composition;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a catalogue: for every objective and composition, its id (camelCase split), its synonyms
 * (weight 1) and the content words of its description that no other entry's description or terms use
 * (weight {@value #DESCRIPTION_WEIGHT}: supporting evidence, never enough alone).
 */
final class Lexicon {
    static final double DESCRIPTION_WEIGHT = 0.3;

    /** Function words and words too general to point at any objective. */
    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "it", "its", "is", "are", "be", "been", "was", "were", "this", "that", "these",
            "those", "there", "their", "they", "them", "he", "she", "we", "you", "i", "me", "my", "our", "your",
            "as", "if", "else", "when", "than", "then", "so", "but", "not", "no", "do", "does", "did", "can", "could",
            "should", "would", "will", "must", "may", "might", "have", "has", "had", "also", "very", "more", "most",
            "less", "least", "all", "any", "each", "every", "some", "one", "how", "what", "which", "who", "where",
            "why", "much", "many", "other", "while", "before", "after", "during", "way", "better", "best", "good",
            "want", "need", "please", "make", "sure", "get", "go", "let", "use", "it's", "itself", "always", "never",
            "low", "high", "maximise", "maximize", "minimise", "minimize", "task", "episode", "cell", "user",
            "average", "happen", "ends", "end", "chance");

    private final List<Term> terms;
    private final Set<String> vocabulary;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
        Set<String> words = new HashSet<>();
        for (Term t : terms) {
            words.addAll(t.words());
        }
        this.vocabulary = Set.copyOf(words);
    }

    static Lexicon of(ObjectiveCatalogue catalogue) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Objective o : catalogue.objectives()) {
            phrases.put(o.id(), o.synonyms());
            descriptions.put(o.id(), o.description());
        }
        for (Composition c : catalogue.compositions()) {
            phrases.put(c.id(), c.synonyms());
            descriptions.put(c.id(), c.description());
        }
        List<Term> terms = new ArrayList<>();
        Set<String> strongStems = new HashSet<>();
        phrases.forEach((id, synonyms) -> {
            terms.add(term(id, Tokens.splitIdentifier(id), 1.0, Term.Source.ID));
            for (String s : synonyms) {
                terms.add(term(id, s, 1.0, Term.Source.SYNONYM));
            }
        });
        terms.forEach(t -> strongStems.addAll(t.stems()));
        Map<String, Set<String>> owners = new HashMap<>();
        descriptions.forEach((id, text) -> {
            for (String w : Tokens.words(text)) {
                if (w.length() > 2 && !STOPWORDS.contains(w) && Character.isLetter(w.charAt(0))) {
                    owners.computeIfAbsent(Stemmer.stem(w), k -> new HashSet<>()).add(id);
                }
            }
        });
        descriptions.forEach((id, text) -> {
            Set<String> seen = new HashSet<>();
            for (String w : Tokens.words(text)) {
                String stem = Stemmer.stem(w);
                Set<String> o = owners.get(stem);
                if (o != null && o.size() == 1 && !strongStems.contains(stem) && seen.add(stem)) {
                    terms.add(new Term(id, List.of(w), List.of(stem), DESCRIPTION_WEIGHT, Term.Source.DESCRIPTION));
                }
            }
        });
        return new Lexicon(terms);
    }

    private static Term term(String target, String phrase, double weight, Term.Source source) {
        List<String> words = Tokens.words(phrase);
        return new Term(target, words, words.stream().map(Stemmer::stem).toList(), weight, source);
    }

    List<Term> terms() {
        return terms;
    }

    /** @return whether a word is part of some term (such words are not typo-corrected into others) */
    boolean knows(String word) {
        return vocabulary.contains(word);
    }
}
