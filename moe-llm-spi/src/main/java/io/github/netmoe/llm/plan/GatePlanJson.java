package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.NetMoeException;
import io.github.netmoe.core.PlanParseException;

/**
 * The JSON codec of {@link GatePlan}: every {@link io.github.netmoe.core.CombinationRule} case,
 * staged rules and a trained gate's network included, in the format of {@link PlanSchemas#documentSchema()}:
 *
 * <pre>{@code
 * {"requirement": "Safely obtain the prize first, then arrive at the goal", "gate": "offline",
 *  "objectives": ["prize", "goal", "trap"], "experts": ["b-avoid-trap", "c-prize", "a-goal"],
 *  "rule": {"kind": "STAGED",
 *           "stages": [{"condition": "prizeCollected", "negated": true,
 *                       "rule": {"kind": "WEIGHTED_SUM", "weights": [{"expert": "b-avoid-trap", "weight": 0.5},
 *                                                                    {"expert": "c-prize", "weight": 0.5}]}}],
 *           "otherwise": {"kind": "WEIGHTED_SUM", "weights": [...]}},
 *  "rationale": {"objectiveFormulation": "...", "expertSelection": "...", "combination": "..."}}
 * }</pre>
 *
 * <p>Doubles are written in their shortest exact form, so a plan reads back with the same numbers;
 * weights are normalised again on reading, which can move them by an ulp. For a language model's answer,
 * which must be checked against a catalogue and repaired with care, use {@link ModelPlanReader}.
 *
 * <p>Thread-safe (stateless).
 */
public final class GatePlanJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private GatePlanJson() {
    }

    /**
     * @param plan a plan
     * @return its JSON document, indented
     */
    public static String write(GatePlan plan) {
        try {
            return MAPPER.writeValueAsString(toTree(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /**
     * @param plan a plan
     * @return its JSON tree (a fresh, mutable copy)
     */
    public static ObjectNode toTree(GatePlan plan) {
        Arguments.requireNonNull("plan", plan);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("requirement", plan.requirement());
        root.put("gate", plan.gate());
        ArrayNode objectives = root.putArray("objectives");
        plan.objectives().forEach(objectives::add);
        ArrayNode experts = root.putArray("experts");
        plan.experts().forEach(experts::add);
        root.set("rule", RuleJson.write(plan.rule()));
        ObjectNode rationale = root.putObject("rationale");
        rationale.put("objectiveFormulation", plan.rationale().objectiveFormulation());
        rationale.put("expertSelection", plan.rationale().expertSelection());
        rationale.put("combination", plan.rationale().combination());
        return root;
    }

    /**
     * @param json a document written by {@link #write(GatePlan)}
     * @return the plan
     * @throws PlanParseException carrying {@code json} if it is not such a document
     */
    public static GatePlan read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json == null ? "" : json);
            if (!(root instanceof ObjectNode object)) {
                throw new PlanProblem("a plan document must be a JSON object");
            }
            return fromTree(object);
        } catch (JsonProcessingException e) {
            throw new PlanParseException("not a JSON plan document: " + e.getOriginalMessage(), json, e);
        } catch (PlanProblem e) {
            throw new PlanParseException(e.getMessage(), json);
        } catch (NetMoeException e) {
            throw new PlanParseException("invalid plan: " + e.getMessage(), json, e);
        }
    }

    private static GatePlan fromTree(ObjectNode root) {
        String requirement = Fields.text(root.get("requirement"), "requirement");
        String gate = Fields.text(root.get("gate"), "gate");
        return new PlanBodyReader(PlanVocabulary.strict()).read(root, requirement, gate, null);
    }
}
