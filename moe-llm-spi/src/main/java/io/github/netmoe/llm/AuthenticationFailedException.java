package io.github.netmoe.llm;

/**
 * The server rejected the credentials (HTTP 401 or 403): a missing, wrong or expired API key, or
 * no access to the model. Never retried.
 */
public class AuthenticationFailedException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public AuthenticationFailedException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public AuthenticationFailedException(String message) {
        super(message);
    }
}
