package io.github.netmoe.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A scripted in-process model that counts its calls and records its requests. */
public final class FakeLanguageModel extends LanguageModel {
    private final ModelCapabilities capabilities;
    private final Function<ChatRequest, ChatResponse> answer;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());

    public FakeLanguageModel(ModelCapabilities capabilities, Duration timeout, Function<ChatRequest, ChatResponse> answer) {
        super("fake", timeout);
        this.capabilities = capabilities;
        this.answer = answer;
    }

    public static FakeLanguageModel answering(String... texts) {
        AtomicInteger next = new AtomicInteger();
        return new FakeLanguageModel(ModelCapabilities.JSON_SCHEMA, Duration.ofSeconds(10),
                r -> ChatResponse.of(texts[Math.min(next.getAndIncrement(), texts.length - 1)]));
    }

    @Override
    public ModelCapabilities capabilities() {
        return capabilities;
    }

    @Override
    protected ChatResponse doChat(ChatRequest request) {
        calls.incrementAndGet();
        requests.add(request);
        return answer.apply(request);
    }

    public int calls() {
        return calls.get();
    }

    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }
}
