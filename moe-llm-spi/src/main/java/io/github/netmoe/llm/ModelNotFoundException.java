package io.github.netmoe.llm;

/**
 * The server does not know the endpoint or the model (HTTP 404): check the base URL (it usually
 * ends in {@code /v1}) and the model name. Never retried.
 */
public class ModelNotFoundException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public ModelNotFoundException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public ModelNotFoundException(String message) {
        super(message);
    }
}
