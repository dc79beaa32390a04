package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;

/**
 * Tokens a call consumed, as the server reported them ({@code 0} when it did not).
 *
 * @param promptTokens tokens of the request, {@code >= 0}
 * @param completionTokens tokens of the answer, {@code >= 0}
 */
public record TokenUsage(int promptTokens, int completionTokens) {
    /** No usage reported. */
    public static final TokenUsage UNKNOWN = new TokenUsage(0, 0);

    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on negative counts
     */
    public TokenUsage {
        Arguments.requireInRange("promptTokens", promptTokens, 0, Integer.MAX_VALUE);
        Arguments.requireInRange("completionTokens", completionTokens, 0, Integer.MAX_VALUE);
    }

    /** @return prompt plus completion tokens */
    public long totalTokens() {
        return (long) promptTokens + completionTokens;
    }
}
