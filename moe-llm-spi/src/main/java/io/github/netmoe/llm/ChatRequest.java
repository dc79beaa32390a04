package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;
import java.util.List;

/**
 * One request to a chat model.
 *
 * @param messages the conversation, at least one message
 * @param responseFormat the shape the answer must have
 * @param temperature sampling temperature in [0, 2]; 0 for the most deterministic answer
 * @param maxTokens the most tokens the answer may have, {@code >= 1}
 */
public record ChatRequest(List<ChatMessage> messages, ResponseFormat responseFormat, double temperature,
                          int maxTokens) {
    /** Temperature of {@link #of(List)}: plans should be reproducible. */
    public static final double DEFAULT_TEMPERATURE = 0.0;
    /** Token limit of {@link #of(List)}: ample for a plan with rationale. */
    public static final int DEFAULT_MAX_TOKENS = 1024;

    /**
     * Validates and copies.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on no messages, a null format, a temperature
     *     outside [0, 2] or a non-positive token limit
     */
    public ChatRequest {
        messages = List.copyOf(Arguments.requireNonEmpty("messages", messages));
        Arguments.requireNonNull("responseFormat", responseFormat);
        Arguments.requireInRange("temperature", temperature, 0.0, 2.0);
        Arguments.requirePositive("maxTokens", maxTokens);
    }

    /**
     * @param messages the conversation
     * @return a free-text request at temperature {@value #DEFAULT_TEMPERATURE} with at most
     *     {@value #DEFAULT_MAX_TOKENS} tokens
     */
    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, ResponseFormat.text(), DEFAULT_TEMPERATURE, DEFAULT_MAX_TOKENS);
    }

    /**
     * @param format the response format
     * @return a copy with that format
     */
    public ChatRequest withResponseFormat(ResponseFormat format) {
        return new ChatRequest(messages, format, temperature, maxTokens);
    }

    /**
     * @param value the temperature in [0, 2]
     * @return a copy with that temperature
     */
    public ChatRequest withTemperature(double value) {
        return new ChatRequest(messages, responseFormat, value, maxTokens);
    }

    /**
     * @param value the token limit
     * @return a copy with that limit
     */
    public ChatRequest withMaxTokens(int value) {
        return new ChatRequest(messages, responseFormat, temperature, value);
    }
}
