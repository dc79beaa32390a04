package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;

/**
 * One message of a chat conversation.
 *
 * @param role who speaks
 * @param content the text, possibly empty, never null
 */
public record ChatMessage(Role role, String content) {

    /** Who speaks a message, as in the OpenAI chat protocol. */
    public enum Role {
        /** Instructions that frame the conversation. */
        SYSTEM,
        /** The user's (here: the gate's) request. */
        USER,
        /** The model's earlier answer. */
        ASSISTANT;

        /** @return the protocol name: {@code system}, {@code user} or {@code assistant} */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on a null role or content
     */
    public ChatMessage {
        Arguments.requireNonNull("role", role);
        Arguments.requireNonNull("content", content);
    }

    /**
     * @param content the instructions
     * @return a system message
     */
    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content);
    }

    /**
     * @param content the request
     * @return a user message
     */
    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    /**
     * @param content an earlier answer
     * @return an assistant message
     */
    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
