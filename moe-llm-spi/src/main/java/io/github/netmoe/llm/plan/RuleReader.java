package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.nn.Mlp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code rule} of a plan's JSON into a {@link CombinationRule}, with ids resolved by a
 * {@link PlanVocabulary}. Unambiguous variants are accepted: kind names in any case or separator style
 * and common aliases ({@code sum}, {@code product}, {@code geometric_mean}, {@code min}); a missing kind
 * when {@code stages} is present (only staged rules have stages); weights as an object
 * {@code {"a": 0.5}}; numbers written as strings; equal weights when a weighted rule lists only
 * {@code experts}; a stage whose rule fields sit in the stage itself; {@code "!cond"} for a negated
 * condition. Everything else (negative, NaN, infinite or absurd weights above {@value #MAX_WEIGHT}, an
 * expert weighted twice, a staged rule without stages or without {@code otherwise}, a stage that does
 * not say whether it is negated) is a {@link PlanProblem}.
 */
final class RuleReader {
    /** Larger weights are taken as a model's mistake rather than a preference. */
    static final double MAX_WEIGHT = 1e6;

    private static final Map<String, CombinationRule.Kind> KINDS = Map.ofEntries(
            Map.entry("weightedsum", CombinationRule.Kind.WEIGHTED_SUM),
            Map.entry("sum", CombinationRule.Kind.WEIGHTED_SUM),
            Map.entry("weightedaverage", CombinationRule.Kind.WEIGHTED_SUM),
            Map.entry("linear", CombinationRule.Kind.WEIGHTED_SUM),
            Map.entry("weightedproduct", CombinationRule.Kind.WEIGHTED_PRODUCT),
            Map.entry("product", CombinationRule.Kind.WEIGHTED_PRODUCT),
            Map.entry("geometric", CombinationRule.Kind.WEIGHTED_PRODUCT),
            Map.entry("geometricmean", CombinationRule.Kind.WEIGHTED_PRODUCT),
            Map.entry("weightedgeometricmean", CombinationRule.Kind.WEIGHTED_PRODUCT),
            Map.entry("minimum", CombinationRule.Kind.MINIMUM),
            Map.entry("min", CombinationRule.Kind.MINIMUM),
            Map.entry("staged", CombinationRule.Kind.STAGED),
            Map.entry("learnedgating", CombinationRule.Kind.LEARNED_GATING),
            Map.entry("actionutility", CombinationRule.Kind.ACTION_UTILITY));

    private final PlanVocabulary vocabulary;
    private final List<String> repairs = new ArrayList<>();

    RuleReader(PlanVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> repairs() {
        return List.copyOf(repairs);
    }

    CombinationRule read(JsonNode node, boolean stagesAllowed) {
        if (node == null || node.isNull()) {
            throw new PlanProblem("the rule is missing");
        }
        if (!node.isObject()) {
            throw new PlanProblem("a rule must be a JSON object, got " + Fields.describe(node));
        }
        CombinationRule.Kind kind = kind(node);
        switch (kind) {
            case WEIGHTED_SUM:
                return new CombinationRule.WeightedSum(weights(node));
            case WEIGHTED_PRODUCT:
                return new CombinationRule.WeightedProduct(weights(node));
            case MINIMUM:
                return new CombinationRule.Minimum(expertList(node, "a minimum rule"));
            case STAGED:
                if (!stagesAllowed) {
                    throw new PlanProblem("a staged rule cannot sit inside a stage or 'otherwise': stages cannot nest");
                }
                return staged(node);
            case ACTION_UTILITY:
                return actionUtility(node);
            case LEARNED_GATING:
                if (!vocabulary.learnedGatingAllowed()) {
                    throw new PlanProblem("LEARNED_GATING needs a trained network; a language model cannot supply one");
                }
                return learned(node);
            default:
                throw new PlanProblem("unsupported rule kind " + kind);
        }
    }

    private CombinationRule actionUtility(JsonNode node) {
        CombinationRule inner = read(Fields.get(node, "inner"), false);
        JsonNode gain = Fields.get(node, "gain");
        JsonNode costs = Fields.get(node, "actionCost");
        if (gain == null || !gain.isNumber()) {
            throw new PlanProblem("an ACTION_UTILITY rule needs a numeric 'gain', got " + Fields.describe(gain));
        }
        if (costs == null || !costs.isArray() || costs.isEmpty()) {
            throw new PlanProblem("an ACTION_UTILITY rule needs a non-empty 'actionCost' array, got "
                    + Fields.describe(costs));
        }
        double[] cost = new double[costs.size()];
        for (int a = 0; a < cost.length; a++) {
            JsonNode c = costs.get(a);
            if (!c.isNumber()) {
                throw new PlanProblem("actionCost[" + a + "] must be a number, got " + Fields.describe(c));
            }
            cost[a] = c.asDouble();
        }
        return new CombinationRule.ActionUtility(inner, gain.asDouble(), cost);
    }

    private CombinationRule.Kind kind(JsonNode node) {
        JsonNode kind = Fields.get(node, "kind", "type");
        if (kind == null || kind.isNull()) {
            if (Fields.get(node, "stages") != null) {
                repairs.add("rule kind missing; STAGED taken from its stages");
                return CombinationRule.Kind.STAGED;
            }
            throw new PlanProblem("the rule has no kind; expected one of WEIGHTED_SUM, WEIGHTED_PRODUCT, MINIMUM, STAGED");
        }
        String text = Fields.text(kind, "rule kind");
        CombinationRule.Kind k = KINDS.get(Fields.squash(text));
        if (k == null) {
            throw new PlanProblem("unknown rule kind '" + text
                    + "'; expected one of WEIGHTED_SUM, WEIGHTED_PRODUCT, MINIMUM, STAGED");
        }
        if (!k.name().equals(text)) {
            repairs.add("rule kind '" + text + "' read as " + k);
        }
        return k;
    }

    private Map<String, Double> weights(JsonNode node) {
        JsonNode weights = Fields.get(node, "weights");
        Map<String, Double> result = new LinkedHashMap<>();
        if (weights == null || weights.isNull()) {
            List<String> experts = expertList(node, "a weighted rule without weights");
            experts.forEach(e -> put(result, e, 1.0));
            repairs.add("no weights given; equal weights for " + experts);
            return result;
        }
        if (weights.isObject()) {
            for (Map.Entry<String, JsonNode> e : weights.properties()) {
                put(result, vocabulary.expert(e.getKey()), number(e.getValue(), e.getKey()));
            }
        } else if (weights.isArray()) {
            for (JsonNode entry : weights) {
                if (!entry.isObject()) {
                    throw new PlanProblem("each weight must be an object {\"expert\": id, \"weight\": number}, got "
                            + Fields.describe(entry));
                }
                String expert = vocabulary.expert(Fields.text(Fields.get(entry, "expert", "id", "expertId"),
                        "a weight's expert"));
                put(result, expert, number(Fields.get(entry, "weight", "value"), expert));
            }
        } else {
            throw new PlanProblem("weights must be an array or an object, got " + Fields.describe(weights));
        }
        if (result.isEmpty()) {
            throw new PlanProblem("a weighted rule must weight at least one expert");
        }
        return result;
    }

    private static void put(Map<String, Double> weights, String expert, double weight) {
        if (weights.put(expert, weight) != null) {
            throw new PlanProblem("expert '" + expert + "' is weighted twice in one rule");
        }
    }

    private double number(JsonNode node, String expert) {
        double w;
        if (node != null && node.isNumber()) {
            w = node.doubleValue();
        } else if (node != null && node.isTextual()) {
            try {
                w = Double.parseDouble(node.textValue().strip());
            } catch (NumberFormatException e) {
                throw new PlanProblem("weight of expert '" + expert + "' = \"" + node.textValue() + "\" is not a number");
            }
            repairs.add("weight of '" + expert + "' written as a string");
        } else {
            throw new PlanProblem("weight of expert '" + expert + "' must be a number, got " + Fields.describe(node));
        }
        if (!Double.isFinite(w) || w < 0 || w > MAX_WEIGHT) {
            throw new PlanProblem("weight of expert '" + expert + "' = " + w + " must be finite and in [0, "
                    + MAX_WEIGHT + "]");
        }
        return w;
    }

    private List<String> expertList(JsonNode node, String what) {
        JsonNode experts = Fields.get(node, "experts");
        if (experts == null || !experts.isArray() || experts.isEmpty()) {
            throw new PlanProblem(what + " needs a non-empty 'experts' array, got " + Fields.describe(experts));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode e : experts) {
            String id = vocabulary.expert(Fields.text(e, "an expert id"));
            if (ids.contains(id)) {
                throw new PlanProblem("expert '" + id + "' is listed twice in one rule");
            }
            ids.add(id);
        }
        return ids;
    }

    private CombinationRule staged(JsonNode node) {
        JsonNode stages = Fields.get(node, "stages");
        if (stages == null || !stages.isArray() || stages.isEmpty()) {
            throw new PlanProblem("a staged rule needs a non-empty 'stages' array, got " + Fields.describe(stages));
        }
        List<CombinationRule.Stage> list = new ArrayList<>();
        for (JsonNode stage : stages) {
            list.add(stage(stage));
        }
        JsonNode otherwise = Fields.get(node, "otherwise", "else", "after", "default");
        if (otherwise == null || otherwise.isNull()) {
            throw new PlanProblem("a staged rule needs an 'otherwise' rule for when no stage applies");
        }
        return new CombinationRule.Staged(list, read(otherwise, false));
    }

    private CombinationRule.Stage stage(JsonNode stage) {
        if (!stage.isObject()) {
            throw new PlanProblem("each stage must be an object, got " + Fields.describe(stage));
        }
        String condition = Fields.text(Fields.get(stage, "condition", "when"), "a stage's condition").strip();
        boolean bang = false;
        String lower = condition.toLowerCase(Locale.ROOT);
        if (condition.startsWith("!")) {
            bang = true;
            condition = condition.substring(1).strip();
        } else if (lower.startsWith("not ")) {
            bang = true;
            condition = condition.substring(4).strip();
        }
        condition = vocabulary.condition(condition);
        JsonNode negatedNode = Fields.get(stage, "negated", "negate");
        boolean negated;
        if (negatedNode == null || negatedNode.isNull()) {
            if (!bang) {
                throw new PlanProblem("stage '" + condition + "' does not say whether it applies while the condition"
                        + " is false (negated: true) or true (negated: false)");
            }
            negated = true;
        } else if (negatedNode.isBoolean()) {
            negated = negatedNode.booleanValue();
            if (bang && !negated) {
                throw new PlanProblem("stage '!" + condition + "' says negated: false; which is meant is unclear");
            }
        } else {
            throw new PlanProblem("a stage's 'negated' must be true or false, got " + Fields.describe(negatedNode));
        }
        JsonNode rule = Fields.get(stage, "rule");
        if (rule == null && (Fields.get(stage, "kind") != null || Fields.get(stage, "weights") != null)) {
            repairs.add("stage '" + condition + "' has its rule fields inline");
            rule = stage;
        }
        return new CombinationRule.Stage(condition, negated, read(rule, false));
    }

    private CombinationRule learned(JsonNode node) {
        List<String> experts = expertList(node, "a learned gating rule");
        JsonNode net = Fields.get(node, "network");
        if (net == null || !net.isObject()) {
            throw new PlanProblem("a learned gating rule needs a 'network' object");
        }
        JsonNode sizesNode = Fields.get(net, "layerSizes");
        if (sizesNode == null || !sizesNode.isArray()) {
            throw new PlanProblem("network.layerSizes must be an array of integers");
        }
        int[] sizes = new int[sizesNode.size()];
        for (int i = 0; i < sizes.length; i++) {
            if (!sizesNode.get(i).canConvertToInt() || !sizesNode.get(i).isIntegralNumber()) {
                throw new PlanProblem("network.layerSizes[" + i + "] must be an integer");
            }
            sizes[i] = sizesNode.get(i).intValue();
        }
        String activation = Fields.text(Fields.get(net, "activation"), "network.activation");
        Mlp.Activation act;
        try {
            act = Mlp.Activation.valueOf(activation.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlanProblem("network.activation '" + activation + "' must be RELU or TANH");
        }
        return new CombinationRule.LearnedGating(experts,
                new Mlp(sizes, matrix(Fields.get(net, "weights"), "weights"), matrix(Fields.get(net, "biases"), "biases"),
                        act));
    }

    private static double[][] matrix(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new PlanProblem("network." + what + " must be an array of number arrays");
        }
        double[][] rows = new double[node.size()][];
        for (int r = 0; r < rows.length; r++) {
            JsonNode row = node.get(r);
            if (!row.isArray()) {
                throw new PlanProblem("network." + what + "[" + r + "] must be an array of numbers");
            }
            rows[r] = new double[row.size()];
            for (int c = 0; c < rows[r].length; c++) {
                if (!row.get(c).isNumber()) {
                    throw new PlanProblem("network." + what + "[" + r + "][" + c + "] must be a number");
                }
                rows[r][c] = row.get(c).doubleValue();
            }
        }
        return rows;
    }
}
