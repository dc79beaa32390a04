package io.github.netmoe.llm;

/**
 * The server refused the request as malformed (HTTP 400, 413, 422 or another 4xx): e.g. a
 * response format or parameter it does not support. Never retried.
 */
public class BadRequestException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public BadRequestException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public BadRequestException(String message) {
        super(message);
    }
}
