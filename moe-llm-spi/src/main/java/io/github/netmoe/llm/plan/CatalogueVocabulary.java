package io.github.netmoe.llm.plan;

import io.github.netmoe.core.Composition;
import io.github.netmoe.core.Condition;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the ids in a model's answer against a catalogue and the available experts. A raw id is
 * accepted as written; otherwise it is repaired when exactly one known id matches it ignoring case and
 * separators ({@code A_Goal} for {@code a-goal}), or, for experts, by the part before the first dash
 * ({@code a} for {@code a-goal}), or, for objectives, as one objective's synonym. Anything else is an
 * unknown id and fails the plan.
 */
final class CatalogueVocabulary implements PlanVocabulary {
    private final Set<String> experts;
    private final Set<String> conditions;
    private final Map<String, List<String>> objectives;
    private final List<String> repairs = new ArrayList<>();

    CatalogueVocabulary(ObjectiveCatalogue catalogue, List<ExpertDescriptor> descriptors) {
        experts = new LinkedHashSet<>();
        descriptors.forEach(d -> experts.add(d.id()));
        conditions = new LinkedHashSet<>();
        catalogue.conditions().stream().map(Condition::id).forEach(conditions::add);
        objectives = new LinkedHashMap<>();
        for (Objective o : catalogue.objectives()) {
            objectives.put(o.id(), o.synonyms());
        }
        for (Composition c : catalogue.compositions()) {
            objectives.put(c.id(), c.synonyms());
        }
    }

    @Override
    public String expert(String raw) {
        String id = resolve("expert", raw, experts, true);
        if (id == null) {
            throw new PlanProblem("unknown expert '" + raw + "'; available experts: " + experts);
        }
        return id;
    }

    @Override
    public String condition(String raw) {
        String id = resolve("condition", raw, conditions, false);
        if (id == null) {
            throw new PlanProblem("unknown condition '" + raw + "'; the catalogue's conditions: " + conditions);
        }
        return id;
    }

    @Override
    public String objective(String raw) {
        String id = resolve("objective", raw, objectives.keySet(), false);
        if (id != null) {
            return id;
        }
        String wanted = raw.strip().toLowerCase(Locale.ROOT);
        List<String> bySynonym = new ArrayList<>();
        objectives.forEach((key, synonyms) -> {
            if (synonyms.stream().anyMatch(s -> s.equalsIgnoreCase(wanted))) {
                bySynonym.add(key);
            }
        });
        if (bySynonym.size() == 1) {
            repairs.add("objective '" + raw + "' read as '" + bySynonym.get(0) + "' (a synonym)");
            return bySynonym.get(0);
        }
        throw new PlanProblem("objective '" + raw + "' is not in the catalogue; known: " + objectives.keySet());
    }

    @Override
    public boolean learnedGatingAllowed() {
        return false;
    }

    @Override
    public List<String> repairs() {
        return List.copyOf(repairs);
    }

    private String resolve(String what, String raw, Set<String> known, boolean byPrefix) {
        if (raw == null || raw.isBlank()) {
            throw new PlanProblem(what + " id must be a non-blank string");
        }
        if (known.contains(raw)) {
            return raw;
        }
        String key = squash(raw);
        String match = unique(known.stream().filter(k -> squash(k).equals(key)).toList());
        if (match == null && byPrefix) {
            String shortForm = key.startsWith(what) ? key.substring(what.length()) : key;
            match = unique(known.stream().filter(k -> !shortForm.isEmpty() && squash(head(k)).equals(shortForm))
                    .toList());
        }
        if (match != null) {
            repairs.add(what + " '" + raw + "' read as '" + match + "'");
        }
        return match;
    }

    private static String unique(List<String> candidates) {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static String head(String id) {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        s.strip().toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
