package io.github.netmoe.llm.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.PlanParseException;
import io.github.netmoe.llm.ChatMessage;
import io.github.netmoe.llm.ChatRequest;
import io.github.netmoe.llm.ChatResponse;
import io.github.netmoe.llm.FinishReason;
import io.github.netmoe.llm.LanguageModel;
import io.github.netmoe.llm.LanguageModelException;
import io.github.netmoe.llm.ModelCapabilities;
import io.github.netmoe.llm.ResponseFormat;
import io.github.netmoe.llm.plan.JsonText;
import io.github.netmoe.llm.plan.ModelPlanReader;
import io.github.netmoe.llm.plan.PlanSchemas;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper's gate: a language model reads the requirement and writes the plan. The prompts
 * ({@link GatePrompts}) come from the catalogue and the expert descriptors; the model answers with the
 * plan JSON of {@link PlanSchemas#responseSchema()} (held to it with a JSON-schema response format where
 * the model supports one, else told it in the prompt), and {@link ModelPlanReader} checks the answer
 * against the catalogue and experts, repairing only the unambiguous.
 *
 * <p>One round trip by default; {@link Mode#ONE_CALL_PER_STEP} asks for objectives, experts and rule in
 * three calls, each seeing the earlier answers. Plans are cached ({@link PlanCache}): one model call per
 * requirement, however many threads ask. When the model fails or its answer is unusable, the gate throws
 * {@link PlanParseException} (with the raw answer) or {@link LanguageModelException}, or, with a
 * {@linkplain Builder#fallback(GatePolicy) fallback}, logs a warning and returns the fallback's plan
 * (not cached, so the model is asked again next time).
 *
 * <pre>{@code
 * LanguageModel model = new OpenAiCompatibleLanguageModel(
 *         OpenAiSettings.builder("http://localhost:11434/v1", "llama3.1").build());
 * GatePolicy gate = LlmGate.builder(model).fallback(new OfflineGate()).build();
 * GatePlan plan = gate.plan("Safely obtain the prize first, then arrive at the goal",
 *         MazeCatalogue.catalogue(), MazeCatalogue.descriptors());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class LlmGate implements GatePolicy {
    private static final Logger LOG = LoggerFactory.getLogger(LlmGate.class);

    /** How many calls make a plan. */
    public enum Mode {
        /** One call returns the whole plan. */
        ONE_CALL,
        /** Three calls: objectives, then experts, then the rule, each with the earlier answers. */
        ONE_CALL_PER_STEP
    }

    private final LanguageModel model;
    private final Mode mode;
    private final GatePolicy fallback;
    private final PlanCache cache;
    private final double temperature;
    private final int maxTokens;

    private LlmGate(Builder b) {
        this.model = b.model;
        this.mode = b.mode;
        this.fallback = b.fallback;
        this.cache = b.cacheSize == 0 ? null : new PlanCache(b.cacheSize);
        this.temperature = b.temperature;
        this.maxTokens = b.maxTokens;
    }

    /**
     * @param model the language model
     * @return a builder: one call, no fallback, 256 cached plans, temperature 0, 1024 tokens
     */
    public static Builder builder(LanguageModel model) {
        return new Builder(model);
    }

    /** @return the gate name in its plans: {@code llm:<model name>} */
    public String name() {
        return "llm:" + model.name();
    }

    /**
     * @throws PlanParseException if the model's answer is no valid plan and there is no fallback
     * @throws LanguageModelException if the model call fails and there is no fallback
     * @throws InvalidArgumentException on a blank requirement, no experts or duplicate expert ids
     */
    @Override
    public GatePlan plan(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        GatePolicy.checkRequest(requirement, catalogue, experts);
        try {
            GatePlan plan = cache == null ? ask(requirement, catalogue, experts)
                    : cache.get(PlanCache.key(requirement, catalogue, experts), () -> ask(requirement, catalogue, experts));
            return plan.requirement().equals(requirement) ? plan : new GatePlan(requirement, plan.objectives(),
                    plan.experts(), plan.rule(), plan.rationale(), plan.gate());
        } catch (PlanParseException | LanguageModelException e) {
            if (fallback == null) {
                throw e;
            }
            LOG.warn("{} failed for '{}' ({}); using the fallback gate", name(), requirement, e.getMessage());
            return fallback.plan(requirement, catalogue, experts);
        }
    }

    private GatePlan ask(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        String context = GatePrompts.context(requirement, catalogue, experts);
        ModelPlanReader reader = new ModelPlanReader(catalogue, experts);
        if (mode == Mode.ONE_CALL) {
            boolean enforced = model.capabilities().jsonSchemaOutput();
            ChatResponse response = call(GatePrompts.plan(context, enforced ? null : PlanSchemas.responseSchema()),
                    PlanSchemas.responseSchemaForRequest(), "gate_plan");
            try {
                return reader.read(response.text(), requirement, name());
            } catch (PlanParseException e) {
                throw truncationAware(e, response, e.rawText());
            }
        }
        List<String> raw = new ArrayList<>();
        ObjectNode objectives = step(GatePrompts.objectives(context, stepSchema("objectives")), "objectives", raw);
        ObjectNode chosen = step(GatePrompts.experts(context, objectives.toString(), stepSchema("experts")), "experts",
                raw);
        ObjectNode rule = step(GatePrompts.rule(context, objectives.toString(), chosen.toString(), stepSchema("rule")),
                "rule", raw);
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.set("objectives", objectives.get("objectives"));
        plan.set("experts", chosen.get("experts"));
        plan.set("rule", rule.get("rule"));
        ObjectNode rationale = plan.putObject("rationale");
        rationale.put("objectiveFormulation", text(objectives.get("rationale")));
        rationale.put("expertSelection", text(chosen.get("rationale")));
        rationale.put("combination", text(rule.get("rationale")));
        try {
            return reader.read(plan.toString(), requirement, name());
        } catch (PlanParseException e) {
            throw new PlanParseException(e.getMessage(), String.join("\n---\n", raw), e);
        }
    }

    private ObjectNode step(String prompt, String field, List<String> raw) {
        ChatResponse response = call(prompt, PlanSchemas.stepSchema(field), "gate_step_" + field);
        raw.add(response.text());
        try {
            ObjectNode answer = JsonText.extractObject(response.text());
            if (answer.get(field) == null) {
                throw new PlanParseException("the model's answer to the " + field + " step has no '" + field + "'",
                        response.text());
            }
            return answer;
        } catch (PlanParseException e) {
            throw truncationAware(e, response, String.join("\n---\n", raw));
        }
    }

    private ChatResponse call(String userPrompt, String schema, String schemaName) {
        ModelCapabilities caps = model.capabilities();
        ResponseFormat format = caps.jsonSchemaOutput() ? ResponseFormat.jsonSchema(schemaName, schema)
                : caps.jsonObjectOutput() ? ResponseFormat.jsonObject() : ResponseFormat.text();
        ChatRequest request = new ChatRequest(List.of(ChatMessage.system(GatePrompts.SYSTEM),
                ChatMessage.user(userPrompt)), format, temperature, maxTokens);
        return model.chat(request);
    }

    private String stepSchema(String field) {
        return model.capabilities().jsonSchemaOutput() ? null : PlanSchemas.stepSchema(field);
    }

    private PlanParseException truncationAware(PlanParseException e, ChatResponse response, String raw) {
        if (response.finishReason() != FinishReason.LENGTH) {
            return e.rawText().equals(raw) ? e : new PlanParseException(e.getMessage(), raw, e);
        }
        return new PlanParseException(e.getMessage() + " (the model stopped at the token limit of " + maxTokens
                + ": its answer is truncated)", raw, e);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
    }

    /** Builds an {@link LlmGate}. */
    public static final class Builder {
        private final LanguageModel model;
        private Mode mode = Mode.ONE_CALL;
        private GatePolicy fallback;
        private int cacheSize = 256;
        private double temperature = ChatRequest.DEFAULT_TEMPERATURE;
        private int maxTokens = ChatRequest.DEFAULT_MAX_TOKENS;

        private Builder(LanguageModel model) {
            this.model = Arguments.requireNonNull("model", model);
        }

        /**
         * @param value one call, or one call per step
         * @return this builder
         */
        public Builder mode(Mode value) {
            this.mode = Arguments.requireNonNull("mode", value);
            return this;
        }

        /**
         * @param gate the gate to use when the model fails or answers no valid plan, e.g. an
         *     {@link io.github.netmoe.llm.offline.OfflineGate}
         * @return this builder
         */
        public Builder fallback(GatePolicy gate) {
            this.fallback = Arguments.requireNonNull("fallback", gate);
            return this;
        }

        /**
         * @param plans how many plans to cache; 0 disables the cache
         * @return this builder
         */
        public Builder cacheSize(int plans) {
            this.cacheSize = Arguments.requireInRange("cacheSize", plans, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * @param value sampling temperature in [0, 2]
         * @return this builder
         */
        public Builder temperature(double value) {
            this.temperature = Arguments.requireInRange("temperature", value, 0.0, 2.0);
            return this;
        }

        /**
         * @param value the most tokens an answer may have
         * @return this builder
         */
        public Builder maxTokens(int value) {
            this.maxTokens = Arguments.requirePositive("maxTokens", value);
            return this;
        }

        /** @return the gate */
        public LlmGate build() {
            return new LlmGate(this);
        }
    }
}
