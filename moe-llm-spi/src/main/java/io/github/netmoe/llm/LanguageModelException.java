package io.github.netmoe.llm;

import io.github.netmoe.core.NetMoeException;

/**
 * A call to a language model failed. Subtypes say why: {@link AuthenticationFailedException},
 * {@link ModelNotFoundException}, {@link BadRequestException}, {@link RateLimitedException},
 * {@link ServerErrorException}, {@link ModelTimeoutException}, {@link MalformedResponseException},
 * {@link ProviderNotFoundException}. Messages quote the server's own explanation where it gave one, and
 * never contain an API key.
 */
public class LanguageModelException extends NetMoeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String serverMessage;

    /**
     * @param message what went wrong
     */
    public LanguageModelException(String message) {
        this(message, 0, "", null);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public LanguageModelException(String message, Throwable cause) {
        this(message, 0, "", cause);
    }

    /**
     * @param message what went wrong, quoting the server
     * @param statusCode the HTTP status, {@code 0} if there was none
     * @param serverMessage the server's explanation, empty if none
     * @param cause the underlying failure, may be null
     */
    public LanguageModelException(String message, int statusCode, String serverMessage, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    /** @return the HTTP status of the failed call, {@code 0} if none (e.g. a timeout) */
    public int statusCode() {
        return statusCode;
    }

    /** @return the server's explanation, empty if it gave none */
    public String serverMessage() {
        return serverMessage;
    }
}
