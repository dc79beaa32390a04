package io.github.netmoe.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.llm.ChatMessage;
import io.github.netmoe.llm.ChatRequest;
import io.github.netmoe.llm.ChatResponse;
import io.github.netmoe.llm.FinishReason;
import io.github.netmoe.llm.MalformedResponseException;
import io.github.netmoe.llm.ResponseFormat;
import io.github.netmoe.llm.TokenUsage;

/** The OpenAI chat-completions protocol: request bodies, answers and error bodies as JSON. */
final class OpenAiWire {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_QUOTE = 500;

    private OpenAiWire() {
    }

    static String requestBody(String model, ChatRequest request) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : request.messages()) {
            messages.addObject().put("role", m.role().wireName()).put("content", m.content());
        }
        body.put("temperature", request.temperature());
        body.put("max_tokens", request.maxTokens());
        ResponseFormat format = request.responseFormat();
        if (format instanceof ResponseFormat.JsonSchema schema) {
            ObjectNode rf = body.putObject("response_format");
            rf.put("type", "json_schema");
            ObjectNode js = rf.putObject("json_schema");
            js.put("name", schema.name());
            js.put("strict", schema.strict());
            js.set("schema", schema.schema());
        } else if (format instanceof ResponseFormat.JsonObject) {
            body.putObject("response_format").put("type", "json_object");
        }
        return body.toString();
    }

    static ChatResponse response(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("the server's answer is not JSON: " + quote(body));
        }
        JsonNode choices = root == null ? null : root.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw new MalformedResponseException("the server's answer has no choices: " + quote(body));
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        String text = content(message.get("content"));
        if (text == null) {
            JsonNode refusal = message.get("refusal");
            if (refusal != null && refusal.isTextual()) {
                throw new MalformedResponseException("the model refused to answer: " + quote(refusal.textValue()));
            }
            throw new MalformedResponseException("the server's answer has no message content: " + quote(body));
        }
        FinishReason finish = FinishReason.fromWire(choice.path("finish_reason").asText(null));
        JsonNode usage = root.path("usage");
        TokenUsage tokens = new TokenUsage(Math.max(0, usage.path("prompt_tokens").asInt(0)),
                Math.max(0, usage.path("completion_tokens").asInt(0)));
        return new ChatResponse(text, tokens, finish, root.path("model").asText(""));
    }

    private static String content(JsonNode content) {
        if (content == null || content.isNull()) {
            return null;
        }
        if (content.isTextual()) {
            return content.textValue();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asText("")));
            return text.toString();
        }
        return content.toString();
    }

    /** The server's own explanation in an error body: OpenAI, Ollama, vLLM and llama.cpp shapes. */
    static String errorMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root != null && root.isObject()) {
                JsonNode error = root.get("error");
                if (error != null && error.isObject() && error.path("message").isTextual()) {
                    return quote(error.get("message").textValue());
                }
                if (error != null && error.isTextual()) {
                    return quote(error.textValue());
                }
                for (String field : new String[] {"message", "detail"}) {
                    if (root.path(field).isTextual()) {
                        return quote(root.get(field).textValue());
                    }
                }
            }
        } catch (JsonProcessingException notJson) {
            // quote the raw body below
        }
        return quote(body.strip());
    }

    static String quote(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "...";
    }
}
