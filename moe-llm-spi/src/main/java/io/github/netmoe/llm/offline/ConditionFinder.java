package io.github.netmoe.llm.offline;

import io.github.netmoe.core.Condition;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the catalogue condition that says an intermediate objective has been achieved, for the switch
 * of a staged plan: the condition whose id contains the objective's id (as {@code prizeCollected}
 * contains {@code prize}) scores highest, then shared words between the condition's id and description
 * and the objective's id and synonyms. No match, no condition.
 */
final class ConditionFinder {
    private ConditionFinder() {
    }

    static Optional<Condition> forObjective(Objective objective, ObjectiveCatalogue catalogue) {
        Set<String> objectiveStems = new HashSet<>();
        objectiveStems.add(Stemmer.stem(objective.id().toLowerCase(Locale.ROOT)));
        for (String s : objective.synonyms()) {
            Tokens.words(s).stream().filter(w -> !Lexicon.STOPWORDS.contains(w)).map(Stemmer::stem)
                    .forEach(objectiveStems::add);
        }
        Condition best = null;
        int bestScore = 0;
        for (Condition c : catalogue.conditions()) {
            int score = c.id().toLowerCase(Locale.ROOT).contains(objective.id().toLowerCase(Locale.ROOT)) ? 10 : 0;
            Set<String> conditionStems = new HashSet<>();
            Tokens.words(Tokens.splitIdentifier(c.id()) + " " + c.description()).stream()
                    .filter(w -> !Lexicon.STOPWORDS.contains(w)).map(Stemmer::stem).forEach(conditionStems::add);
            conditionStems.retainAll(objectiveStems);
            score += conditionStems.size();
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
