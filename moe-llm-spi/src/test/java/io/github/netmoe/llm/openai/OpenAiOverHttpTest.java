package io.github.netmoe.llm.openai;

import static io.github.netmoe.llm.openai.LoopbackServer.completion;
import static io.github.netmoe.llm.openai.LoopbackServer.delayed;
import static io.github.netmoe.llm.openai.LoopbackServer.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.PlanParseException;
import io.github.netmoe.llm.ApiKey;
import io.github.netmoe.llm.AuthenticationFailedException;
import io.github.netmoe.llm.ModelTimeoutException;
import io.github.netmoe.llm.ServerErrorException;
import io.github.netmoe.llm.TestCatalogues;
import io.github.netmoe.llm.TestPlans;
import io.github.netmoe.llm.gate.LlmGate;
import io.github.netmoe.llm.offline.OfflineGate;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real adapter over real HTTP against {@link LoopbackServer} on 127.0.0.1, driven through the
 * {@link LlmGate}: the eight scenarios of the issue, each with its specified outcome.
 */
class OpenAiOverHttpTest {
    static final String REQUIREMENT = "Safely obtain the prize first, then arrive at the goal";
    static final String SECRET = "sk-test-0123456789-secret";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private OpenAiCompatibleLanguageModel model(LoopbackServer s) {
        OpenAiSettings settings = OpenAiSettings.builder(s.baseUrl(), "test-model").apiKey(ApiKey.of(SECRET))
                .maxRetries(2).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(40))
                .requestTimeout(Duration.ofMillis(400)).callTimeout(Duration.ofSeconds(10)).build();
        return new OpenAiCompatibleLanguageModel(settings, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build(), sleeper);
    }

    private GatePlan plan(LoopbackServer s) {
        return LlmGate.builder(model(s)).build().plan(REQUIREMENT, TestCatalogues.maze(), TestCatalogues.mazeExperts());
    }

    private static final CombinationRule PAPER_RULE = CombinationRule.Staged.beforeAfter("prizeCollected",
            CombinationRule.equalSum("b-avoid-trap", "c-prize"), CombinationRule.equalSum("b-avoid-trap", "a-goal"));

    @Test
    void aGoodPlanIsReturnedAndTheRequestFollowsTheProtocol() throws Exception {
        server = LoopbackServer.start(completion(TestPlans.STAGED));
        GatePlan plan = plan(server);
        assertThat(plan.rule()).isEqualTo(PAPER_RULE);
        assertThat(plan.gate()).isEqualTo("llm:test-model");
        assertThat(server.received()).hasSize(1);
        LoopbackServer.Received r = server.received().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + SECRET);
        JsonNode body = MAPPER.readTree(r.body());
        assertThat(body.get("model").asText()).isEqualTo("test-model");
        assertThat(body.get("temperature").asDouble()).isZero();
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/1/content").asText()).contains("prizeCollected", "c-prize", REQUIREMENT);
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isTrue();
        assertThat(body.at("/response_format/json_schema/schema/required")).hasSize(4);
    }

    @Test
    void aPlanInFencesIsReturned() throws Exception {
        server = LoopbackServer.start(completion("Here is the plan:\n```json\n" + TestPlans.STAGED + "\n```"));
        assertThat(plan(server).rule()).isEqualTo(PAPER_RULE);
    }

    @Test
    void aHallucinatedExpertIsAParseExceptionOrTheFallbackPlan() throws Exception {
        String answer = TestPlans.STAGED.replace("\"c-prize\", \"weight\"", "\"d-jetpack\", \"weight\"");
        server = LoopbackServer.start(completion(answer));
        assertThatThrownBy(() -> plan(server)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("unknown expert 'd-jetpack'")
                .satisfies(e -> assertThat(((PlanParseException) e).rawText()).isEqualTo(answer));
        GatePlan fallback = LlmGate.builder(model(server)).fallback(new OfflineGate()).build()
                .plan(REQUIREMENT, TestCatalogues.maze(), TestCatalogues.mazeExperts());
        assertThat(fallback.gate()).isEqualTo(OfflineGate.NAME);
        assertThat(fallback).isEqualTo(new OfflineGate().plan(REQUIREMENT, TestCatalogues.maze(),
                TestCatalogues.mazeExperts()));
    }

    @Test
    void invalidJsonIsAParseExceptionThatNamesTruncation() throws Exception {
        String cut = TestPlans.STAGED.substring(0, 200);
        server = LoopbackServer.start(completion(cut, "length"));
        assertThatThrownBy(() -> plan(server)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("truncated").hasMessageContaining("token limit of 1024")
                .satisfies(e -> assertThat(((PlanParseException) e).rawText()).isEqualTo(cut));
        server.close();
        server = LoopbackServer.start(completion("{\"objectives\": [\"goal\"] \"rule\": 3}"));
        assertThatThrownBy(() -> plan(server)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void rateLimitedThenSuccessHonoursRetryAfter() throws Exception {
        server = LoopbackServer.start(error(429, "Rate limit reached", Map.of("Retry-After", "2")),
                completion(TestPlans.STAGED));
        assertThat(plan(server).rule()).isEqualTo(PAPER_RULE);
        assertThat(server.received()).hasSize(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void serverErrorsUntilRetriesRunOutFailQuotingTheServer() throws Exception {
        server = LoopbackServer.start(error(503, "The engine is currently overloaded", Map.of()));
        assertThatThrownBy(() -> plan(server)).isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("HTTP 503").hasMessageContaining("The engine is currently overloaded")
                .hasMessageContaining("after 3 attempt(s)")
                .satisfies(e -> assertThat(((ServerErrorException) e).statusCode()).isEqualTo(503));
        assertThat(server.received()).hasSize(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void aSlowServerTimesOutWithoutRetrying() throws Exception {
        server = LoopbackServer.start(delayed(completion(TestPlans.STAGED), 3_000));
        long start = System.nanoTime();
        assertThatThrownBy(() -> plan(server)).isInstanceOf(ModelTimeoutException.class)
                .hasMessageContaining("did not answer within PT0.4S");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void unauthorisedFailsAtOnceQuotingTheServerButNeverTheKey() throws Exception {
        server = LoopbackServer.start(error(401, "Incorrect API key provided: sk-test-***cret.", Map.of()));
        assertThatThrownBy(() -> plan(server)).isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("Incorrect API key provided")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(server.received()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(model(server).settings().toString()).doesNotContain(SECRET).contains("redacted");
    }

    @Test
    void perStepModeMakesThreeCallsOverHttp() throws Exception {
        server = LoopbackServer.start(
                completion("{\"objectives\": [\"prize\", \"goal\", \"trap\"], \"rationale\": \"three objectives\"}"),
                completion("{\"experts\": [\"b-avoid-trap\", \"c-prize\", \"a-goal\"], \"rationale\": \"one each\"}"),
                completion("{\"rule\": " + MAPPER.readTree(TestPlans.STAGED).get("rule") + ", \"rationale\": \"staged\"}"));
        GatePlan plan = LlmGate.builder(model(server)).mode(LlmGate.Mode.ONE_CALL_PER_STEP).build()
                .plan(REQUIREMENT, TestCatalogues.maze(), TestCatalogues.mazeExperts());
        assertThat(plan.rule()).isEqualTo(PAPER_RULE);
        assertThat(plan.rationale().objectiveFormulation()).isEqualTo("three objectives");
        assertThat(plan.rationale().combination()).isEqualTo("staged");
        List<LoopbackServer.Received> calls = server.received();
        assertThat(calls).hasSize(3);
        assertThat(MAPPER.readTree(calls.get(2).body()).at("/messages/1/content").asText())
                .contains("Step 1 gave", "Step 2 gave", "b-avoid-trap");
    }
}
