package io.github.netmoe.llm;

import java.time.Duration;

/**
 * Observes the calls of a {@link LanguageModel}: for metrics, tracing or audit logs. Methods run on
 * the calling thread; an exception a listener throws is logged and otherwise ignored.
 */
public interface ChatListener {

    /**
     * Before the model is called.
     *
     * @param model the model's name
     * @param request the validated request
     */
    default void onRequest(String model, ChatRequest request) {
    }

    /**
     * After a successful call.
     *
     * @param model the model's name
     * @param request the request
     * @param response the answer
     * @param elapsed wall-clock time of the call, retries included
     */
    default void onResponse(String model, ChatRequest request, ChatResponse response, Duration elapsed) {
    }

    /**
     * After a failed call; the failure is thrown to the caller afterwards.
     *
     * @param model the model's name
     * @param request the request
     * @param failure what went wrong
     * @param elapsed wall-clock time until the failure
     */
    default void onError(String model, ChatRequest request, RuntimeException failure, Duration elapsed) {
    }
}
