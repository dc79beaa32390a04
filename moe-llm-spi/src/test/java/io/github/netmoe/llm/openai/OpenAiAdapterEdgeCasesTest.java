package io.github.netmoe.llm.openai;

import static io.github.netmoe.llm.openai.LoopbackServer.completion;
import static io.github.netmoe.llm.openai.LoopbackServer.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netmoe.llm.BadRequestException;
import io.github.netmoe.llm.ChatMessage;
import io.github.netmoe.llm.ChatRequest;
import io.github.netmoe.llm.ChatResponse;
import io.github.netmoe.llm.FinishReason;
import io.github.netmoe.llm.MalformedResponseException;
import io.github.netmoe.llm.ModelCapabilities;
import io.github.netmoe.llm.ModelNotFoundException;
import io.github.netmoe.llm.RateLimitedException;
import io.github.netmoe.llm.ResponseFormat;
import io.github.netmoe.llm.ServerErrorException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Protocol details of {@link OpenAiCompatibleLanguageModel} against {@link LoopbackServer}. */
class OpenAiAdapterEdgeCasesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ChatRequest HELLO = ChatRequest.of(List.of(ChatMessage.user("hello")));

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private OpenAiCompatibleLanguageModel model(String baseUrl, OpenAiSettings.StructuredOutput output) {
        OpenAiSettings s = OpenAiSettings.builder(baseUrl, "m").structuredOutput(output).maxRetries(2)
                .initialBackoff(Duration.ofMillis(5)).maxRetryAfter(Duration.ofSeconds(30))
                .requestTimeout(Duration.ofSeconds(2)).build();
        return new OpenAiCompatibleLanguageModel(s, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                sleeper);
    }

    @Test
    void parsesTextUsageFinishReasonAndSendsNoKeyWhenNoneIsSet() throws Exception {
        server = LoopbackServer.start(completion("hi there", "length"));
        ChatResponse r = model(server.baseUrl(), OpenAiSettings.StructuredOutput.NONE).chat(HELLO);
        assertThat(r.text()).isEqualTo("hi there");
        assertThat(r.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(r.usage().totalTokens()).isEqualTo(46);
        assertThat(r.model()).isEqualTo("test-model");
        assertThat(server.received().get(0).header("Authorization")).isNull();
        assertThat(MAPPER.readTree(server.received().get(0).body()).has("response_format")).isFalse();
    }

    @Test
    void jsonObjectModeSendsJsonObjectAndRejectsSchemaRequests() throws Exception {
        server = LoopbackServer.start(completion("{}"));
        OpenAiCompatibleLanguageModel m = model(server.baseUrl() + "/", OpenAiSettings.StructuredOutput.JSON_OBJECT);
        assertThat(m.capabilities()).isEqualTo(ModelCapabilities.JSON_OBJECT);
        m.chat(HELLO.withResponseFormat(ResponseFormat.jsonObject()));
        assertThat(MAPPER.readTree(server.received().get(0).body()).at("/response_format/type").asText())
                .isEqualTo("json_object");
        assertThatThrownBy(() -> m.chat(HELLO.withResponseFormat(ResponseFormat.jsonSchema("s", "{}"))))
                .isInstanceOf(io.github.netmoe.core.InvalidArgumentException.class);
    }

    @Test
    void notFoundAndBadRequestFailAtOnceQuotingTheServer() throws Exception {
        server = LoopbackServer.start(error(404, "model 'm' not found, try pulling it first", Map.of()));
        assertThatThrownBy(() -> model(server.baseUrl(), OpenAiSettings.StructuredOutput.NONE).chat(HELLO))
                .isInstanceOf(ModelNotFoundException.class).hasMessageContaining("try pulling it first")
                .hasMessageContaining("/v1");
        server.close();
        server = LoopbackServer.start(new LoopbackServer.Reply(400, Map.of(),
                "{\"object\":\"error\",\"message\":\"response_format json_schema is not supported\",\"code\":400}", 0));
        assertThatThrownBy(() -> model(server.baseUrl(), OpenAiSettings.StructuredOutput.JSON_SCHEMA).chat(HELLO))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("json_schema is not supported")
                .hasMessageContaining("set response-format=json_object");
        assertThat(server.received()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void retryAfterAsAnHttpDateAndBeyondTheMaximum() throws Exception {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
        server = LoopbackServer.start(error(429, "slow down", Map.of("Retry-After", inTwoSeconds)), completion("ok"));
        assertThat(model(server.baseUrl(), OpenAiSettings.StructuredOutput.NONE).chat(HELLO).text()).isEqualTo("ok");
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
        server.close();
        server = LoopbackServer.start(error(429, "quota exceeded", Map.of("Retry-After", "3600")));
        assertThatThrownBy(() -> model(server.baseUrl(), OpenAiSettings.StructuredOutput.NONE).chat(HELLO))
                .isInstanceOf(RateLimitedException.class).hasMessageContaining("quota exceeded")
                .hasMessageContaining("PT1H");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void retryAfterMillisecondsHeaderIsHonoured() throws Exception {
        server = LoopbackServer.start(new LoopbackServer.Reply(503, Map.of("retry-after-ms", "250"), "busy", 0),
                completion("ok"));
        assertThat(model(server.baseUrl(), OpenAiSettings.StructuredOutput.NONE).chat(HELLO).text()).isEqualTo("ok");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void anUnreachableServerIsRetriedThenReported() throws Exception {
        LoopbackServer closed = LoopbackServer.start(completion("x"));
        String url = closed.baseUrl();
        closed.close();
        assertThatThrownBy(() -> model(url, OpenAiSettings.StructuredOutput.NONE).chat(HELLO))
                .isInstanceOf(ServerErrorException.class).hasMessageContaining("could not reach");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10));
    }

    @Test
    void malformedAnswersAreReported() throws Exception {
        server = LoopbackServer.start(new LoopbackServer.Reply(200, Map.of(), "<html>proxy</html>", 0),
                new LoopbackServer.Reply(200, Map.of(), "{\"choices\": []}", 0),
                new LoopbackServer.Reply(200, Map.of(),
                        "{\"choices\": [{\"message\": {\"content\": null, \"refusal\": \"I can't\"}}]}", 0));
        OpenAiCompatibleLanguageModel m = model(server.baseUrl(), OpenAiSettings.StructuredOutput.NONE);
        assertThatThrownBy(() -> m.chat(HELLO)).isInstanceOf(MalformedResponseException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> m.chat(HELLO)).isInstanceOf(MalformedResponseException.class).hasMessageContaining("no choices");
        assertThatThrownBy(() -> m.chat(HELLO)).isInstanceOf(MalformedResponseException.class).hasMessageContaining("refused");
    }

    @Test
    void errorBodiesOfTheCommonServersAreQuoted() {
        assertThat(OpenAiWire.errorMessage("{\"error\":{\"message\":\"openai says\",\"type\":\"x\"}}")).isEqualTo("openai says");
        assertThat(OpenAiWire.errorMessage("{\"error\":\"ollama says\"}")).isEqualTo("ollama says");
        assertThat(OpenAiWire.errorMessage("{\"object\":\"error\",\"message\":\"vllm says\"}")).isEqualTo("vllm says");
        assertThat(OpenAiWire.errorMessage("{\"detail\":\"proxy says\"}")).isEqualTo("proxy says");
        assertThat(OpenAiWire.errorMessage("plain text")).isEqualTo("plain text");
        assertThat(OpenAiWire.errorMessage("x".repeat(900))).hasSize(503);
    }
}
