package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanRationale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the body of a plan (objectives, experts, rule, rationale) with a {@link PlanVocabulary}; shared by
 * the codec and the reader of a model's answer.
 */
final class PlanBodyReader {
    private final PlanVocabulary vocabulary;
    private final RuleReader rules;
    private final List<String> repairs = new ArrayList<>();

    PlanBodyReader(PlanVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.rules = new RuleReader(vocabulary);
    }

    /**
     * @param root the plan object
     * @param requirement the requirement
     * @param gate the gate's name
     * @param objectivesWhenMissing objectives to use when the JSON has none (given the rule), or null to require them
     */
    GatePlan read(ObjectNode root, String requirement, String gate,
                  Function<CombinationRule, List<String>> objectivesWhenMissing) {
        CombinationRule rule = rules.read(Fields.get(root, "rule", "combination", "combinationRule"), true);
        List<String> experts = experts(Fields.get(root, "experts", "selectedExperts"), rule);
        List<String> objectives = objectives(Fields.get(root, "objectives"), rule, objectivesWhenMissing);
        PlanRationale rationale = rationale(Fields.get(root, "rationale", "reasoning"));
        return new GatePlan(requirement, objectives, experts, rule, rationale, gate);
    }

    /** @return every repair made while reading, in words */
    List<String> repairs() {
        List<String> all = new ArrayList<>(vocabulary.repairs());
        all.addAll(rules.repairs());
        all.addAll(repairs);
        return all;
    }

    private List<String> experts(JsonNode node, CombinationRule rule) {
        if (node == null || node.isNull()) {
            repairs.add("no selected experts listed; the rule's experts " + rule.experts() + " taken");
            return rule.experts();
        }
        List<String> ids = new ArrayList<>();
        for (String raw : strings(node, "experts")) {
            String id = vocabulary.expert(raw);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (!new HashSet<>(ids).equals(new HashSet<>(rule.experts()))) {
            throw new PlanProblem("the selected experts " + ids + " differ from the experts the rule uses "
                    + rule.experts());
        }
        return ids;
    }

    private List<String> objectives(JsonNode node, CombinationRule rule,
                                    Function<CombinationRule, List<String>> whenMissing) {
        if (node == null || node.isNull() || node.isArray() && node.isEmpty()) {
            if (whenMissing == null) {
                if (node != null && node.isArray()) {
                    return List.of();
                }
                throw new PlanProblem("objectives are missing");
            }
            List<String> derived = whenMissing.apply(rule);
            repairs.add("no objectives given; taken from the selected experts: " + derived);
            return derived;
        }
        List<String> ids = new ArrayList<>();
        for (String raw : strings(node, "objectives")) {
            String id = vocabulary.objective(raw);
            if (whenMissing == null || !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private PlanRationale rationale(JsonNode node) {
        if (node == null || node.isNull()) {
            return PlanRationale.none();
        }
        if (node.isTextual()) {
            return new PlanRationale(node.textValue(), "", "");
        }
        if (!node.isObject()) {
            throw new PlanProblem("the rationale must be an object, got " + Fields.describe(node));
        }
        return new PlanRationale(optionalText(Fields.get(node, "objectiveFormulation", "objectives", "step1")),
                optionalText(Fields.get(node, "expertSelection", "experts", "step2")),
                optionalText(Fields.get(node, "combination", "inferenceCombination", "step3")));
    }

    private static String optionalText(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static List<String> strings(JsonNode node, String what) {
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (!node.isArray()) {
            throw new PlanProblem(what + " must be an array of strings, got " + Fields.describe(node));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            values.add(Fields.text(item, "each of " + what));
        }
        return values;
    }
}
