package io.github.netmoe.llm;

/**
 * No {@link LanguageModelProvider} of the requested name is on the class path.
 */
public class ProviderNotFoundException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public ProviderNotFoundException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, statusCode, serverMessage, cause);
    }

    /**
     * @param message what went wrong
     */
    public ProviderNotFoundException(String message) {
        super(message);
    }
}
