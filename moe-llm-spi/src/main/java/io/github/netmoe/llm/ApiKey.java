package io.github.netmoe.llm;

import io.github.netmoe.core.InvalidArgumentException;

/**
 * A secret credential. {@link #toString()} never shows it, so it cannot leak through logs, exception
 * messages or the {@code toString} of the records that hold it; only {@link #reveal()} returns it,
 * for the one place that puts it into a request header.
 */
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * @param value the secret, non-blank
     * @return the key
     * @throws io.github.netmoe.core.InvalidArgumentException if blank (the message does not quote it)
     */
    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException("an API key must be a non-blank string");
        }
        return new ApiKey(value.strip());
    }

    /** @return the secret itself; never log it */
    public String reveal() {
        return value;
    }

    /** @return {@code ApiKey[redacted]}, never the key */
    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
