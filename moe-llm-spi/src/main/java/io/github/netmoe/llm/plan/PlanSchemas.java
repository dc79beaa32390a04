package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON schemas (JSON Schema 2020-12) of gate plans, as class-path resources:
 *
 * <ul>
 *   <li>{@value #DOCUMENT_RESOURCE}: a serialised {@link io.github.netmoe.core.GatePlan}, as
 *       {@link GatePlanJson} writes it (all rule kinds, including a learned gate's network).</li>
 *   <li>{@value #RESPONSE_RESOURCE}: what a language model must answer: the plan's objectives,
 *       experts, rule (no learned gating) and rationale. It keeps to the subset that OpenAI's strict
 *       structured output accepts (every property required, no additional properties, {@code anyOf} and
 *       {@code $ref} into {@code $defs}).</li>
 * </ul>
 *
 * <p>For a gate that asks one step at a time, {@link #stepSchema(String)} cuts the response schema into
 * the part of one step.
 */
public final class PlanSchemas {
    /** Resource path of the plan-document schema. */
    public static final String DOCUMENT_RESOURCE = "/io/github/netmoe/llm/gate-plan.schema.json";
    /** Resource path of the model-response schema. */
    public static final String RESPONSE_RESOURCE = "/io/github/netmoe/llm/gate-plan-response.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = load(DOCUMENT_RESOURCE);
    private static final String RESPONSE = load(RESPONSE_RESOURCE);

    private PlanSchemas() {
    }

    /** @return the schema of a serialised plan, as JSON text */
    public static String documentSchema() {
        return DOCUMENT;
    }

    /** @return the schema of a model's answer, as JSON text */
    public static String responseSchema() {
        return RESPONSE;
    }

    /**
     * The response schema without the {@code $schema} and {@code title} keywords, which some servers'
     * structured-output modes reject.
     *
     * @return the schema to send with a request, as JSON text
     */
    public static String responseSchemaForRequest() {
        ObjectNode schema = (ObjectNode) tree(RESPONSE);
        schema.remove("$schema");
        schema.remove("title");
        return schema.toString();
    }

    /**
     * The schema of one step's answer: {@code {"<field>": ..., "rationale": "..."}} where the field is
     * {@code objectives} (step 1), {@code experts} (step 2) or {@code rule} (step 3).
     *
     * @param field {@code objectives}, {@code experts} or {@code rule}
     * @return the schema as JSON text
     * @throws io.github.netmoe.core.InvalidArgumentException for another field
     */
    public static String stepSchema(String field) {
        ObjectNode response = (ObjectNode) tree(RESPONSE);
        JsonNode property = response.path("properties").get(field);
        if (property == null || "rationale".equals(field)) {
            throw new io.github.netmoe.core.InvalidArgumentException("field = \"" + field
                    + "\" must be objectives, experts or rule");
        }
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set(field, property);
        properties.putObject("rationale").put("type", "string")
                .put("description", "Why, in one or two sentences.");
        schema.putArray("required").add(field).add("rationale");
        schema.put("additionalProperties", false);
        if ("rule".equals(field)) {
            schema.set("$defs", response.get("$defs"));
        }
        return schema.toString();
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundled schema is not JSON", e);
        }
    }

    private static String load(String resource) {
        try (InputStream in = PlanSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
