package io.github.netmoe.llm;

import java.util.Locale;

/** Why a model stopped writing. */
public enum FinishReason {
    /** It finished its answer. */
    STOP,
    /** It hit the token limit: the answer is probably truncated. */
    LENGTH,
    /** The server's content filter cut it off. */
    CONTENT_FILTER,
    /** It asked to call a tool (not used by NetMoE). */
    TOOL_CALLS,
    /** The server gave no or an unknown reason. */
    UNKNOWN;

    /**
     * @param wire the OpenAI protocol's {@code finish_reason} ({@code stop}, {@code length}, ...), may be null
     * @return the matching reason, {@link #UNKNOWN} for null or unknown values
     */
    public static FinishReason fromWire(String wire) {
        if (wire == null) {
            return UNKNOWN;
        }
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "stop", "eos", "end_turn" -> STOP;
            case "length", "max_tokens" -> LENGTH;
            case "content_filter" -> CONTENT_FILTER;
            case "tool_calls", "function_call" -> TOOL_CALLS;
            default -> UNKNOWN;
        };
    }
}
