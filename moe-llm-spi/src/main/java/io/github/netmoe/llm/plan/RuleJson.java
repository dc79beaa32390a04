package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.nn.Mlp;
import java.util.Map;

/** Writes a {@link CombinationRule} as the JSON of {@code gate-plan.schema.json}'s {@code rule}. */
final class RuleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleJson() {
    }

    static ObjectNode write(CombinationRule rule) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", rule.kind().name());
        if (rule instanceof CombinationRule.WeightedSum sum) {
            node.set("weights", weights(sum.weights()));
        } else if (rule instanceof CombinationRule.WeightedProduct product) {
            node.set("weights", weights(product.weights()));
        } else if (rule instanceof CombinationRule.Minimum minimum) {
            node.set("experts", strings(minimum.experts()));
        } else if (rule instanceof CombinationRule.Staged staged) {
            ArrayNode stages = node.putArray("stages");
            for (CombinationRule.Stage s : staged.stages()) {
                ObjectNode stage = stages.addObject();
                stage.put("condition", s.condition());
                stage.put("negated", s.negated());
                stage.set("rule", write(s.rule()));
            }
            node.set("otherwise", write(staged.otherwise()));
        } else if (rule instanceof CombinationRule.ActionUtility utility) {
            node.set("inner", write(utility.inner()));
            node.put("gain", utility.gain());
            ArrayNode cost = node.putArray("actionCost");
            for (double c : utility.actionCost()) {
                cost.add(c);
            }
        } else if (rule instanceof CombinationRule.LearnedGating learned) {
            node.set("experts", strings(learned.experts()));
            node.set("network", network(learned.network()));
        }
        return node;
    }

    private static ArrayNode weights(Map<String, Double> weights) {
        ArrayNode array = NODES.arrayNode();
        weights.forEach((expert, weight) -> array.addObject().put("expert", expert).put("weight", weight));
        return array;
    }

    private static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode network(Mlp mlp) {
        ObjectNode node = NODES.objectNode();
        ArrayNode sizes = node.putArray("layerSizes");
        for (int size : mlp.layerSizes()) {
            sizes.add(size);
        }
        node.set("weights", matrix(mlp.weights()));
        node.set("biases", matrix(mlp.biases()));
        node.put("activation", mlp.activation().name());
        return node;
    }

    private static ArrayNode matrix(double[][] rows) {
        ArrayNode array = NODES.arrayNode();
        for (double[] row : rows) {
            ArrayNode r = array.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        return array;
    }
}
