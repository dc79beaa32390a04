package io.github.netmoe.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;

/**
 * What shape a model's answer must have.
 *
 * <ul>
 *   <li>{@link Text}: free text.</li>
 *   <li>{@link JsonObject}: some JSON object ({@code response_format: {"type": "json_object"}}); the
 *       prompt has to say which.</li>
 *   <li>{@link JsonSchema}: a JSON object valid against a schema ({@code "type": "json_schema"}),
 *       enforced by the server where it supports structured output.</li>
 * </ul>
 */
public sealed interface ResponseFormat permits ResponseFormat.Text, ResponseFormat.JsonObject, ResponseFormat.JsonSchema {

    /** @return free text */
    static ResponseFormat text() {
        return new Text();
    }

    /** @return any JSON object */
    static ResponseFormat jsonObject() {
        return new JsonObject();
    }

    /**
     * @param name the schema's name, letters, digits, {@code _} and {@code -} only
     * @param schemaJson the JSON schema as text
     * @return a JSON object that must follow the schema strictly
     */
    static ResponseFormat jsonSchema(String name, String schemaJson) {
        return new JsonSchema(name, schemaJson, true);
    }

    /** Free text. */
    record Text() implements ResponseFormat {
    }

    /** Any JSON object. */
    record JsonObject() implements ResponseFormat {
    }

    /**
     * A JSON object valid against a schema.
     *
     * @param name the schema's name, matching {@code [A-Za-z0-9_-]{1,64}}
     * @param schemaJson the schema as JSON text (an object)
     * @param strict whether the server must enforce the schema exactly (OpenAI's {@code strict})
     */
    record JsonSchema(String name, String schemaJson, boolean strict) implements ResponseFormat {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        /**
         * Validates.
         *
         * @throws InvalidArgumentException on a bad name or a schema that is not a JSON object
         */
        public JsonSchema {
            Arguments.requireNonBlank("name", name);
            if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new InvalidArgumentException("schema name = \"" + name
                        + "\" must match [A-Za-z0-9_-]{1,64}");
            }
            Arguments.requireNonBlank("schemaJson", schemaJson);
            try {
                if (!MAPPER.readTree(schemaJson).isObject()) {
                    throw new InvalidArgumentException("schemaJson must be a JSON object");
                }
            } catch (JsonProcessingException e) {
                throw new InvalidArgumentException("schemaJson is not valid JSON: " + e.getOriginalMessage());
            }
        }

        /** @return the schema parsed into a fresh tree */
        public JsonNode schema() {
            try {
                return MAPPER.readTree(schemaJson);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("validated on construction", e);
            }
        }
    }
}
