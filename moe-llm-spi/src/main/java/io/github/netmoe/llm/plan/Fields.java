package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/** Field look-up that ignores case and separators ({@code selected_experts} finds {@code selectedExperts}). */
final class Fields {
    private Fields() {
    }

    /**
     * @return the value of the first field whose squashed name equals a squashed alias, or null
     * @throws PlanProblem if two fields match the same alias (ambiguous)
     */
    static JsonNode get(JsonNode object, String... aliases) {
        for (String alias : aliases) {
            JsonNode exact = object.get(alias);
            if (exact != null) {
                return exact;
            }
        }
        JsonNode found = null;
        String foundName = null;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = squash(field.getKey());
            for (String alias : aliases) {
                if (name.equals(squash(alias))) {
                    if (found != null) {
                        throw new PlanProblem("fields '" + foundName + "' and '" + field.getKey() + "' both give "
                                + aliases[0]);
                    }
                    found = field.getValue();
                    foundName = field.getKey();
                    break;
                }
            }
        }
        return found;
    }

    static String text(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            throw new PlanProblem(what + " is missing");
        }
        if (!node.isTextual()) {
            throw new PlanProblem(what + " must be a string, got " + describe(node));
        }
        return node.textValue();
    }

    static String describe(JsonNode node) {
        String s = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    static String squash(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
