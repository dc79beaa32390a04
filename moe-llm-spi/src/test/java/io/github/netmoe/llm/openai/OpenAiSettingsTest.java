package io.github.netmoe.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.llm.ModelConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {
    @Test
    void readsEveryKeyFromConfiguration() {
        OpenAiSettings s = OpenAiSettings.fromConfig(ModelConfig.of(Map.ofEntries(
                Map.entry("base-url", "http://127.0.0.1:11434/v1"), Map.entry("model", "llama3.1"),
                Map.entry("api-key", "sk-abc"), Map.entry("response-format", "json_object"),
                Map.entry("connect-timeout", "2s"), Map.entry("request-timeout", "1500ms"), Map.entry("timeout", "2m"),
                Map.entry("max-retries", "5"), Map.entry("initial-backoff", "PT0.1S"), Map.entry("max-backoff", "3"),
                Map.entry("max-retry-after", "10s")), Map.of()));
        assertThat(s.model()).isEqualTo("llama3.1");
        assertThat(s.structuredOutput()).isEqualTo(OpenAiSettings.StructuredOutput.JSON_OBJECT);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.callTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.maxRetries()).isEqualTo(5);
        assertThat(s.initialBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(s.maxBackoff()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.key().orElseThrow().reveal()).isEqualTo("sk-abc");
        assertThat(s.toString()).doesNotContain("sk-abc");
        assertThat(s.chatCompletionsUri().toString()).isEqualTo("http://127.0.0.1:11434/v1/chat/completions");
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertThatThrownBy(() -> OpenAiSettings.builder("ftp://x/v1", "m").build())
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> OpenAiSettings.fromConfig(ModelConfig.of(Map.of("base-url", "http://h/v1", "model", "m",
                "temprature", "1"), Map.of()))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("unknown configuration key 'temprature'");
        assertThatThrownBy(() -> OpenAiSettings.fromConfig(ModelConfig.of(Map.of("base-url", "http://h/v1"), Map.of())))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("NETMOE_LLM_MODEL");
        assertThatThrownBy(() -> OpenAiSettings.fromConfig(ModelConfig.of(Map.of("base-url", "http://h/v1", "model", "m",
                "timeout", "soon"), Map.of()))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("must be a duration");
        assertThatThrownBy(() -> OpenAiSettings.builder("http://h/v1", "m").requestTimeout(Duration.ZERO).build())
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        RetryDelays d = new RetryDelays(Duration.ofMillis(100), Duration.ofMillis(350), java.time.Clock.systemUTC());
        assertThat(d.backoff(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(d.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(d.backoff(2)).isEqualTo(Duration.ofMillis(350));
        assertThat(d.backoff(60)).isEqualTo(Duration.ofMillis(350));
    }
}
