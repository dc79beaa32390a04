package io.github.netmoe.llm.openai;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.llm.ApiKey;
import io.github.netmoe.llm.ModelConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of an {@link OpenAiCompatibleLanguageModel}. Base URLs of common servers:
 *
 * <table>
 *   <caption>Base URLs</caption>
 *   <tr><th>server</th><th>base URL</th><th>structured output</th></tr>
 *   <tr><td>OpenAI</td><td>{@code https://api.openai.com/v1}</td><td>{@code json_schema}</td></tr>
 *   <tr><td>Ollama</td><td>{@code http://localhost:11434/v1}</td><td>{@code json_schema} (0.5+), else {@code json_object}</td></tr>
 *   <tr><td>vLLM</td><td>{@code http://localhost:8000/v1}</td><td>{@code json_schema}</td></tr>
 *   <tr><td>llama.cpp server</td><td>{@code http://localhost:8080/v1}</td><td>{@code json_schema}</td></tr>
 * </table>
 *
 * <p>The adapter posts to {@code <baseUrl>/chat/completions}. Servers without authentication need no
 * API key. {@link #toString()} never shows the key.
 *
 * @param baseUrl the API root, e.g. {@code http://localhost:11434/v1}
 * @param model the model name the server knows, e.g. {@code gpt-4o-mini}, {@code llama3.1}
 * @param apiKey the bearer token, or null for servers without authentication
 * @param structuredOutput the strongest response format the server honours
 * @param connectTimeout time to open a connection
 * @param requestTimeout time one HTTP attempt may take
 * @param callTimeout time one chat call may take, retries and waits included
 * @param maxRetries retries after the first attempt on HTTP 429, 5xx or a connection failure, {@code >= 0}
 * @param initialBackoff wait before the first retry when the server sends no {@code Retry-After}
 * @param maxBackoff the longest computed wait (the backoff doubles per retry up to this)
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a server asking for more fails the call
 */
public record OpenAiSettings(URI baseUrl, String model, ApiKey apiKey, StructuredOutput structuredOutput,
                             Duration connectTimeout, Duration requestTimeout, Duration callTimeout, int maxRetries,
                             Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Configuration keys {@link #fromConfig(ModelConfig)} understands. */
    public static final Set<String> CONFIG_KEYS = Set.of("base-url", "model", ModelConfig.API_KEY, "response-format",
            "connect-timeout", "request-timeout", "timeout", "max-retries", "initial-backoff", "max-backoff",
            "max-retry-after");

    /** Which {@code response_format} requests carry. */
    public enum StructuredOutput {
        /** {@code {"type": "json_schema", "json_schema": {...}}}: the server enforces the schema. */
        JSON_SCHEMA,
        /** {@code {"type": "json_object"}}: some JSON object; the prompt carries the schema. */
        JSON_OBJECT,
        /** No {@code response_format}: free text; the prompt carries the schema. */
        NONE
    }

    /**
     * Validates.
     *
     * @throws InvalidArgumentException on a base URL that is not http(s), a blank model, non-positive
     *     timeouts or negative retries
     */
    public OpenAiSettings {
        Arguments.requireNonNull("baseUrl", baseUrl);
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || baseUrl.getHost() == null) {
            throw new InvalidArgumentException("baseUrl = " + baseUrl + " must be an http(s) URL such as "
                    + "http://localhost:11434/v1");
        }
        Arguments.requireNonBlank("model", model);
        Arguments.requireNonNull("structuredOutput", structuredOutput);
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
        positive("callTimeout", callTimeout);
        Arguments.requireInRange("maxRetries", maxRetries, 0, 100);
        nonNegative("initialBackoff", initialBackoff);
        nonNegative("maxBackoff", maxBackoff);
        nonNegative("maxRetryAfter", maxRetryAfter);
    }

    /**
     * @param baseUrl the API root
     * @param model the model name
     * @return a builder with the defaults: JSON-schema output, 10 s to connect, 60 s per attempt, 300 s per
     *     call, 3 retries, backoff 500 ms doubling to 30 s, {@code Retry-After} honoured up to 60 s
     */
    public static Builder builder(String baseUrl, String model) {
        return new Builder(uri(baseUrl), model);
    }

    /**
     * Reads {@link #CONFIG_KEYS}: {@code base-url} and {@code model} are required; {@code response-format}
     * is {@code json_schema}, {@code json_object} or {@code none}; durations as in
     * {@link ModelConfig#duration(String, Duration)}.
     *
     * @param config the configuration
     * @return the settings
     * @throws InvalidArgumentException on unknown keys or bad values
     */
    public static OpenAiSettings fromConfig(ModelConfig config) {
        config.requireKnownKeys(CONFIG_KEYS);
        Builder b = builder(config.require("base-url"), config.require("model"));
        config.apiKey().ifPresent(b::apiKey);
        config.get("response-format").ifPresent(f -> b.structuredOutput(format(f)));
        OpenAiSettings d = b.build();
        return b.connectTimeout(config.duration("connect-timeout", d.connectTimeout))
                .requestTimeout(config.duration("request-timeout", d.requestTimeout))
                .callTimeout(config.duration("timeout", d.callTimeout))
                .maxRetries(config.integer("max-retries", d.maxRetries))
                .initialBackoff(config.duration("initial-backoff", d.initialBackoff))
                .maxBackoff(config.duration("max-backoff", d.maxBackoff))
                .maxRetryAfter(config.duration("max-retry-after", d.maxRetryAfter))
                .build();
    }

    /** @return the API key, if any */
    public Optional<ApiKey> key() {
        return Optional.ofNullable(apiKey);
    }

    /** @return {@code <baseUrl>/chat/completions} */
    public URI chatCompletionsUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    private static StructuredOutput format(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "json_schema" -> StructuredOutput.JSON_SCHEMA;
            case "json_object", "json" -> StructuredOutput.JSON_OBJECT;
            case "none", "text" -> StructuredOutput.NONE;
            default -> throw new InvalidArgumentException("response-format = \"" + text
                    + "\" must be json_schema, json_object or none");
        };
    }

    private static URI uri(String text) {
        Arguments.requireNonBlank("baseUrl", text);
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidArgumentException("baseUrl = \"" + text + "\" is not a URL: " + e.getReason());
        }
    }

    private static void positive(String name, Duration d) {
        Arguments.requireNonNull(name, d);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidArgumentException(name + " = " + d + " must be > 0");
        }
    }

    private static void nonNegative(String name, Duration d) {
        Arguments.requireNonNull(name, d);
        if (d.isNegative()) {
            throw new InvalidArgumentException(name + " = " + d + " must be >= 0");
        }
    }

    /** Builds {@link OpenAiSettings}; every setter replaces a default. */
    public static final class Builder {
        private final URI baseUrl;
        private final String model;
        private ApiKey apiKey;
        private StructuredOutput structuredOutput = StructuredOutput.JSON_SCHEMA;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofSeconds(300);
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder(URI baseUrl, String model) {
            this.baseUrl = baseUrl;
            this.model = model;
        }

        /**
         * @param key the bearer token
         * @return this builder
         */
        public Builder apiKey(ApiKey key) {
            this.apiKey = key;
            return this;
        }

        /**
         * @param value the response format requests carry
         * @return this builder
         */
        public Builder structuredOutput(StructuredOutput value) {
            this.structuredOutput = value;
            return this;
        }

        /**
         * @param value time to open a connection
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /**
         * @param value time one HTTP attempt may take
         * @return this builder
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /**
         * @param value time one chat call may take, retries included
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = value;
            return this;
        }

        /**
         * @param value retries after the first attempt
         * @return this builder
         */
        public Builder maxRetries(int value) {
            this.maxRetries = value;
            return this;
        }

        /**
         * @param value the first computed wait
         * @return this builder
         */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = value;
            return this;
        }

        /**
         * @param value the longest computed wait
         * @return this builder
         */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = value;
            return this;
        }

        /**
         * @param value the longest {@code Retry-After} honoured
         * @return this builder
         */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = value;
            return this;
        }

        /** @return the validated settings */
        public OpenAiSettings build() {
            return new OpenAiSettings(baseUrl, model, apiKey, structuredOutput, connectTimeout, requestTimeout,
                    callTimeout, maxRetries, initialBackoff, maxBackoff, maxRetryAfter);
        }
    }
}
