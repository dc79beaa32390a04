package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.PlanParseException;

/**
 * Finds the JSON object in what a language model wrote: inside markdown fences (```json ... ```), after
 * or before prose or a reasoning model's {@code <think>} block, with comments, trailing commas or single
 * quotes. Only these unambiguous repairs are
 * made; an object that never closes is reported as truncated.
 *
 * <p>Thread-safe (stateless).
 */
public final class JsonText {
    private static final int MAX_CANDIDATES = 16;
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        LENIENT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(1_000_000).build());
    }

    private JsonText() {
    }

    /**
     * @param raw text a model wrote
     * @return the first JSON object in it, parsed leniently
     * @throws PlanParseException carrying {@code raw} if there is no object, it is truncated or it is not JSON
     */
    public static ObjectNode extractObject(String raw) {
        try {
            return object(raw);
        } catch (PlanProblem p) {
            throw new PlanParseException(p.getMessage(), raw);
        }
    }

    static ObjectNode object(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new PlanProblem("the model's answer is empty");
        }
        String text = unfence(withoutThinking(raw.replace("\uFEFF", "")));
        int start = text.indexOf('{');
        if (start < 0) {
            throw new PlanProblem("the model's answer contains no JSON object");
        }
        PlanProblem first = null;
        for (int tries = 0; start >= 0 && tries < MAX_CANDIDATES; tries++) {
            int end;
            try {
                end = closingBrace(text, start);
            } catch (PlanProblem mismatch) {
                first = first == null ? mismatch : first;
                start = text.indexOf('{', start + 1);
                continue;
            }
            if (end < 0) {
                if (first != null) {
                    throw first;
                }
                throw new PlanProblem("the JSON object starting at offset " + start
                        + " never closes: the answer looks truncated");
            }
            try {
                JsonNode node = LENIENT.readTree(text.substring(start, end + 1));
                if (node instanceof ObjectNode object) {
                    return object;
                }
            } catch (JsonProcessingException e) {
                if (first == null) {
                    first = new PlanProblem("the model's answer is not valid JSON: " + firstLine(e.getOriginalMessage()));
                }
            }
            start = text.indexOf('{', end + 1);
        }
        throw first != null ? first : new PlanProblem("the model's answer contains no JSON object");
    }

    /** Drops reasoning models' {@code <think>...</think>} blocks, which may hold draft JSON. */
    private static String withoutThinking(String text) {
        String t = text;
        for (int open = t.indexOf("<think>"); open >= 0; open = t.indexOf("<think>")) {
            int close = t.indexOf("</think>", open);
            if (close < 0) {
                throw new PlanProblem("the model's answer ends inside a <think> block: it looks truncated");
            }
            t = t.substring(0, open) + t.substring(close + "</think>".length());
        }
        return t;
    }

    /** The content of the first fenced block that holds a '{', or the text itself. */
    private static String unfence(String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf("```", from);
            if (open < 0) {
                return text;
            }
            int lineEnd = text.indexOf('\n', open);
            if (lineEnd < 0) {
                return text;
            }
            int close = text.indexOf("```", lineEnd);
            String body = close < 0 ? text.substring(lineEnd + 1) : text.substring(lineEnd + 1, close);
            if (body.indexOf('{') >= 0) {
                return body;
            }
            if (close < 0) {
                return text;
            }
            from = close + 3;
        }
    }

    /**
     * Index of the brace closing the one at {@code start}, skipping strings; -1 if it never closes.
     *
     * @throws PlanProblem if a bracket closes one of the other kind
     */
    private static int closingBrace(String text, int start) {
        StringBuilder open = new StringBuilder();
        char quote = 0;
        boolean escaped = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ']') {
                char expected = open.charAt(open.length() - 1) == '{' ? '}' : ']';
                if (c != expected) {
                    throw new PlanProblem("the model's answer is not valid JSON: '" + c + "' at offset " + i
                            + " closes a '" + open.charAt(open.length() - 1) + "'");
                }
                open.setLength(open.length() - 1);
                if (open.length() == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
