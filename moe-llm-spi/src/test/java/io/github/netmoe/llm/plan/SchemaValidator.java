package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema validator for the subset the plan schemas use: {@code type}, {@code properties},
 * {@code required}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code anyOf} and
 * local {@code $ref}s into {@code $defs}. Test code: it lets the tests check that what the codec writes
 * is what the published schema describes.
 */
final class SchemaValidator {
    private final JsonNode root;

    SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** @return the violations, empty if the instance is valid */
    List<String> validate(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                errors.add(path + ": unsupported $ref " + ref);
                return;
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, path, errors);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, path, sub);
                if (sub.isEmpty()) {
                    return;
                }
            }
            errors.add(path + ": matches none of anyOf: " + value);
            return;
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
            errors.add(path + ": expected " + schema.get("type").asText() + ", got " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    errors.add(path + ": missing required " + required.asText());
                }
            }
            for (Map.Entry<String, JsonNode> f : value.properties()) {
                if (properties.has(f.getKey())) {
                    check(properties.get(f.getKey()), f.getValue(), path + "." + f.getKey(), errors);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(path + ": additional property " + f.getKey());
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }
}
