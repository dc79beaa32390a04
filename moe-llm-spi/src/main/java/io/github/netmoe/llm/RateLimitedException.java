package io.github.netmoe.llm;

/**
 * The server kept answering HTTP 429 (too many requests) after every retry, or asked to wait longer
 * than the configured maximum.
 */
public class RateLimitedException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public RateLimitedException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public RateLimitedException(String message) {
        super(message);
    }
}
