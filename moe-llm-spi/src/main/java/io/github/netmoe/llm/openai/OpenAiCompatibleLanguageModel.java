package io.github.netmoe.llm.openai;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.llm.AuthenticationFailedException;
import io.github.netmoe.llm.BadRequestException;
import io.github.netmoe.llm.ChatRequest;
import io.github.netmoe.llm.ChatResponse;
import io.github.netmoe.llm.LanguageModel;
import io.github.netmoe.llm.LanguageModelException;
import io.github.netmoe.llm.ModelCapabilities;
import io.github.netmoe.llm.ModelNotFoundException;
import io.github.netmoe.llm.ModelTimeoutException;
import io.github.netmoe.llm.RateLimitedException;
import io.github.netmoe.llm.ServerErrorException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} behind the OpenAI chat-completions protocol ({@code POST <baseUrl>/chat/completions})
 * on the JDK {@link HttpClient}: OpenAI, Ollama's {@code /v1}, vLLM and the llama.cpp server (base URLs in
 * {@link OpenAiSettings}).
 *
 * <p>Per attempt: HTTP 200 is parsed into a {@link ChatResponse}. HTTP 429 and 5xx, and connection
 * failures, are retried up to {@link OpenAiSettings#maxRetries()} times, waiting what the server's
 * {@code Retry-After} (or {@code retry-after-ms}) asks, else an exponential backoff; they end in
 * {@link RateLimitedException} or {@link ServerErrorException}. 401/403 end in
 * {@link AuthenticationFailedException}, 404 in {@link ModelNotFoundException}, other 4xx in
 * {@link BadRequestException}, each at once and quoting the server's message. An attempt that exceeds
 * {@link OpenAiSettings#requestTimeout()} ends in {@link ModelTimeoutException} without a retry (a
 * slow model stays slow); {@link OpenAiSettings#callTimeout()} bounds the whole call.
 *
 * <p>The API key goes into the {@code Authorization} header only; it is never logged nor quoted.
 * Thread-safe.
 */
public final class OpenAiCompatibleLanguageModel extends LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleLanguageModel.class);

    private final OpenAiSettings settings;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final RetryDelays delays;

    /**
     * @param settings where and how to call the server
     */
    public OpenAiCompatibleLanguageModel(OpenAiSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build(), Sleeper.THREAD_SLEEP);
    }

    /**
     * @param settings where and how to call the server
     * @param client the HTTP client (proxies, TLS); its connect timeout applies instead of the settings'
     * @param sleeper waits between retries
     */
    public OpenAiCompatibleLanguageModel(OpenAiSettings settings, HttpClient client, Sleeper sleeper) {
        super(Arguments.requireNonNull("settings", settings).model(), settings.callTimeout());
        this.settings = settings;
        this.client = Arguments.requireNonNull("client", client);
        this.sleeper = Arguments.requireNonNull("sleeper", sleeper);
        this.delays = new RetryDelays(settings.initialBackoff(), settings.maxBackoff(), Clock.systemUTC());
    }

    /** @return the settings */
    public OpenAiSettings settings() {
        return settings;
    }

    @Override
    public ModelCapabilities capabilities() {
        return switch (settings.structuredOutput()) {
            case JSON_SCHEMA -> ModelCapabilities.JSON_SCHEMA;
            case JSON_OBJECT -> ModelCapabilities.JSON_OBJECT;
            case NONE -> ModelCapabilities.TEXT_ONLY;
        };
    }

    @Override
    protected ChatResponse doChat(ChatRequest request) {
        HttpRequest http = httpRequest(OpenAiWire.requestBody(settings.model(), request));
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpConnectTimeoutException e) {
                retryOrThrow(attempt, Optional.empty(), new ServerErrorException("could not connect to "
                        + settings.baseUrl() + " within " + settings.connectTimeout(), 0, "", e));
                continue;
            } catch (HttpTimeoutException e) {
                throw new ModelTimeoutException("model '" + settings.model() + "' at " + settings.baseUrl()
                        + " did not answer within " + settings.requestTimeout(), 0, "", e);
            } catch (IOException e) {
                retryOrThrow(attempt, Optional.empty(), new ServerErrorException("could not reach "
                        + settings.baseUrl() + ": " + e, 0, "", e));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LanguageModelException("interrupted while calling " + settings.baseUrl(), e);
            }
            int status = response.statusCode();
            LOG.debug("POST {} -> HTTP {} (attempt {})", http.uri(), status, attempt + 1);
            if (status >= 200 && status < 300) {
                return OpenAiWire.response(response.body());
            }
            String server = OpenAiWire.errorMessage(response.body());
            if (status == 429 || status >= 500) {
                retryOrThrow(attempt, delays.retryAfter(response.headers()), retryable(status, server, attempt));
                continue;
            }
            throw failure(status, server);
        }
    }

    private HttpRequest httpRequest(String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(settings.chatCompletionsUri())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        settings.key().ifPresent(k -> b.header("Authorization", "Bearer " + k.reveal()));
        return b.build();
    }

    /** Waits and returns if a retry is left and allowed, else throws {@code failure}. */
    private void retryOrThrow(int attempt, Optional<Duration> retryAfter, LanguageModelException failure) {
        if (attempt >= settings.maxRetries()) {
            throw failure;
        }
        Duration wait = retryAfter.orElseGet(() -> delays.backoff(attempt));
        if (retryAfter.isPresent() && wait.compareTo(settings.maxRetryAfter()) > 0) {
            throw new RateLimitedException(failure.getMessage() + "; the server asked to retry after " + wait
                    + ", more than max-retry-after " + settings.maxRetryAfter(), failure.statusCode(),
                    failure.serverMessage(), failure);
        }
        LOG.warn("{}; retry {} of {} in {} ms", failure.getMessage(), attempt + 1, settings.maxRetries(),
                wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException("interrupted while waiting to retry " + settings.baseUrl(), e);
        }
    }

    private LanguageModelException retryable(int status, String server, int attempt) {
        String where = settings.baseUrl() + " (model '" + settings.model() + "')";
        if (status == 429) {
            return new RateLimitedException(where + " is rate limiting (HTTP 429) after " + (attempt + 1)
                    + " attempt(s): " + server, status, server, null);
        }
        return new ServerErrorException(where + " failed with HTTP " + status + " after " + (attempt + 1)
                + " attempt(s): " + server, status, server, null);
    }

    private LanguageModelException failure(int status, String server) {
        String where = settings.baseUrl() + " (model '" + settings.model() + "')";
        if (status == 401 || status == 403) {
            return new AuthenticationFailedException(where + " rejected the credentials (HTTP " + status + "): "
                    + server + (settings.key().isEmpty() ? "; no API key is configured (set api-key or "
                    + "NETMOE_LLM_API_KEY)" : "; check the API key"), status, server, null);
        }
        if (status == 404) {
            return new ModelNotFoundException(where + " answered HTTP 404: " + server + "; check the base URL (it"
                    + " usually ends in /v1) and the model name", status, server, null);
        }
        String hint = status == 400 && settings.structuredOutput() == OpenAiSettings.StructuredOutput.JSON_SCHEMA
                ? "; if the server does not support json_schema response formats, set response-format=json_object"
                : "";
        return new BadRequestException(where + " refused the request (HTTP " + status + "): " + server + hint,
                status, server, null);
    }
}
