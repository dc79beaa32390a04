package io.github.netmoe.llm;

/**
 * The server answered with a body that is not a chat completion (not JSON, no choices, no
 * message), or the model refused to answer.
 */
public class MalformedResponseException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public MalformedResponseException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public MalformedResponseException(String message) {
        super(message);
    }
}
