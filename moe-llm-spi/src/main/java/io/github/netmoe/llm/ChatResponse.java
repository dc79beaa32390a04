package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;

/**
 * A model's answer.
 *
 * @param text the answer text (possibly empty)
 * @param usage tokens consumed
 * @param finishReason why the model stopped; {@link FinishReason#LENGTH} means the text is probably truncated
 * @param model the model that answered, as the server named it (may be empty)
 */
public record ChatResponse(String text, TokenUsage usage, FinishReason finishReason, String model) {
    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on null components
     */
    public ChatResponse {
        Arguments.requireNonNull("text", text);
        Arguments.requireNonNull("usage", usage);
        Arguments.requireNonNull("finishReason", finishReason);
        Arguments.requireNonNull("model", model);
    }

    /**
     * @param text the answer text
     * @return a finished answer with unknown usage and model
     */
    public static ChatResponse of(String text) {
        return new ChatResponse(text, TokenUsage.UNKNOWN, FinishReason.STOP, "");
    }
}
