package io.github.netmoe.llm;

/**
 * The model did not answer within the time allowed.
 */
public class ModelTimeoutException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public ModelTimeoutException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public ModelTimeoutException(String message) {
        super(message);
    }
}
