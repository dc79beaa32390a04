package io.github.netmoe.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LanguageModelTest {
    private static final ChatRequest HELLO = ChatRequest.of(List.of(ChatMessage.user("hello")));

    @Test
    void validatesRequestsAgainstCapabilities() {
        FakeLanguageModel m = new FakeLanguageModel(ModelCapabilities.TEXT_ONLY, Duration.ofSeconds(1),
                r -> ChatResponse.of("x"));
        assertThatThrownBy(() -> m.chat(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> m.chat(HELLO.withResponseFormat(ResponseFormat.jsonObject())))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("does not support");
        assertThat(m.calls()).isZero();
        assertThatThrownBy(() -> HELLO.withTemperature(2.5)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> ResponseFormat.jsonSchema("bad name", "{}")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> ResponseFormat.jsonSchema("ok", "[1]")).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void boundsTheCallByItsTimeout() {
        FakeLanguageModel slow = new FakeLanguageModel(ModelCapabilities.TEXT_ONLY, Duration.ofMillis(100), r -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.of("late");
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.chat(HELLO)).isInstanceOf(ModelTimeoutException.class)
                .hasMessageContaining("PT0.1S");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void notifiesListenersAndWrapsProviderFailures() {
        List<String> events = new CopyOnWriteArrayList<>();
        ChatListener listener = new ChatListener() {
            @Override
            public void onRequest(String model, ChatRequest request) {
                events.add("request " + model);
            }

            @Override
            public void onResponse(String model, ChatRequest request, ChatResponse response, Duration elapsed) {
                events.add("response " + response.text());
            }

            @Override
            public void onError(String model, ChatRequest request, RuntimeException failure, Duration elapsed) {
                events.add("error " + failure.getClass().getSimpleName());
            }
        };
        FakeLanguageModel ok = FakeLanguageModel.answering("hi");
        ok.addListener(listener);
        ok.addListener(new ChatListener() {
            @Override
            public void onRequest(String model, ChatRequest request) {
                throw new IllegalStateException("a broken listener is ignored");
            }
        });
        assertThat(ok.chat(HELLO).text()).isEqualTo("hi");
        FakeLanguageModel failing = new FakeLanguageModel(ModelCapabilities.TEXT_ONLY, Duration.ofSeconds(1), r -> {
            throw new IllegalStateException("provider bug");
        });
        failing.addListener(listener);
        assertThatThrownBy(() -> failing.chat(HELLO)).isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("provider bug");
        FakeLanguageModel nothing = new FakeLanguageModel(ModelCapabilities.TEXT_ONLY, Duration.ofSeconds(1), r -> null);
        assertThatThrownBy(() -> nothing.chat(HELLO)).isInstanceOf(MalformedResponseException.class);
        assertThat(events).containsExactly("request fake", "response hi", "request fake", "error LanguageModelException");
        assertThat(ok.removeListener(listener)).isTrue();
    }
}
