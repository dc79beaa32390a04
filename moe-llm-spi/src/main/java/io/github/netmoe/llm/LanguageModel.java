package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.NetMoeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat language model. Providers implement {@link #doChat(ChatRequest)} and
 * {@link #capabilities()}; callers use {@link #chat(ChatRequest)}, which validates the request against
 * the capabilities, bounds the whole call (retries included) by {@link #timeout()}, notifies the
 * {@link ChatListener}s and turns every failure into a {@link LanguageModelException}.
 *
 * <p>Implementations must be thread-safe: a gate may call one model from many threads.
 */
public abstract class LanguageModel {
    /** Whole-call time limit of {@link #LanguageModel(String)}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static final Logger LOG = LoggerFactory.getLogger(LanguageModel.class);
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(daemonThreads());

    private final String name;
    private final Duration timeout;
    private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param name the model's name, used in plans ({@code llm:NAME}) and logs
     * @param timeout the most time one {@link #chat(ChatRequest)} may take, retries included
     * @throws InvalidArgumentException on a blank name or a non-positive timeout
     */
    protected LanguageModel(String name, Duration timeout) {
        this.name = Arguments.requireNonBlank("name", name);
        Arguments.requireNonNull("timeout", timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidArgumentException("timeout = " + timeout + " must be > 0");
        }
        this.timeout = timeout;
    }

    /**
     * @param name the model's name
     */
    protected LanguageModel(String name) {
        this(name, DEFAULT_TIMEOUT);
    }

    /** @return the model's name */
    public final String name() {
        return name;
    }

    /** @return the most time one call may take */
    public final Duration timeout() {
        return timeout;
    }

    /** @return the response formats this model honours */
    public abstract ModelCapabilities capabilities();

    /**
     * @param listener notified of every later call
     */
    public final void addListener(ChatListener listener) {
        listeners.add(Arguments.requireNonNull("listener", listener));
    }

    /**
     * @param listener a listener added before
     * @return whether it was registered
     */
    public final boolean removeListener(ChatListener listener) {
        return listeners.remove(listener);
    }

    /**
     * Sends a request and waits for the answer, at most {@link #timeout()}.
     *
     * @param request the request
     * @return the answer
     * @throws InvalidArgumentException on a null request or a response format this model does not support
     * @throws LanguageModelException if the call fails; {@link ModelTimeoutException} if it takes too long
     */
    public final ChatResponse chat(ChatRequest request) {
        Arguments.requireNonNull("request", request);
        if (!capabilities().supports(request.responseFormat())) {
            throw new InvalidArgumentException("model '" + name + "' with capabilities " + capabilities()
                    + " does not support response format " + request.responseFormat().getClass().getSimpleName());
        }
        long start = System.nanoTime();
        listeners.forEach(l -> notify(() -> l.onRequest(name, request)));
        try {
            ChatResponse response = callWithTimeout(request);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            listeners.forEach(l -> notify(() -> l.onResponse(name, request, response, elapsed)));
            return response;
        } catch (LanguageModelException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            listeners.forEach(l -> notify(() -> l.onError(name, request, e, elapsed)));
            throw e;
        }
    }

    /**
     * Performs one call: the provider's protocol, retries included. Called by {@link #chat(ChatRequest)}
     * on a worker thread that is interrupted when {@link #timeout()} runs out.
     *
     * @param request a validated request whose response format the model supports
     * @return the answer, never null
     * @throws LanguageModelException (or a subtype) on failure
     */
    protected abstract ChatResponse doChat(ChatRequest request);

    private ChatResponse callWithTimeout(ChatRequest request) {
        Future<ChatResponse> call = CALLS.submit(() -> doChat(request));
        try {
            ChatResponse response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (response == null) {
                throw new MalformedResponseException("model '" + name + "' returned no response");
            }
            return response;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ModelTimeoutException("model '" + name + "' did not answer within " + timeout, 0, "", e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new LanguageModelException("interrupted while waiting for model '" + name + "'", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    private LanguageModelException translate(Throwable cause) {
        if (cause instanceof LanguageModelException lme) {
            return lme;
        }
        if (cause instanceof NetMoeException || cause instanceof RuntimeException) {
            return new LanguageModelException("model '" + name + "' failed: " + cause.getMessage(), cause);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new LanguageModelException("model '" + name + "' failed: " + cause, cause);
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("a chat listener failed; ignoring it", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "netmoe-llm-call-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
