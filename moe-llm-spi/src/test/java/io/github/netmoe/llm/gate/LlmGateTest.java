package io.github.netmoe.llm.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.PlanParseException;
import io.github.netmoe.llm.ChatResponse;
import io.github.netmoe.llm.FakeLanguageModel;
import io.github.netmoe.llm.ModelCapabilities;
import io.github.netmoe.llm.ResponseFormat;
import io.github.netmoe.llm.ServerErrorException;
import io.github.netmoe.llm.TestCatalogues;
import io.github.netmoe.llm.TestPlans;
import io.github.netmoe.llm.offline.OfflineGate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LlmGateTest {
    static final String REQUIREMENT = "Safely obtain the prize first, then arrive at the goal";

    private static GatePlan plan(LlmGate gate, String requirement) {
        return gate.plan(requirement, TestCatalogues.maze(), TestCatalogues.mazeExperts());
    }

    @Test
    void concurrentRequestsForOneRequirementMakeOneModelCall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeLanguageModel model = new FakeLanguageModel(ModelCapabilities.JSON_SCHEMA, Duration.ofSeconds(10), r -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.of(TestPlans.STAGED);
        });
        LlmGate gate = LlmGate.builder(model).build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<GatePlan>> plans = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(16);
            for (int i = 0; i < 16; i++) {
                String variant = i % 2 == 0 ? REQUIREMENT : "  safely OBTAIN the prize first,  then arrive at the goal!";
                plans.add(pool.submit(() -> {
                    started.countDown();
                    return plan(gate, variant);
                }));
            }
            started.await(5, TimeUnit.SECONDS);
            Thread.sleep(100);
            release.countDown();
            for (int i = 0; i < plans.size(); i++) {
                GatePlan p = plans.get(i).get(10, TimeUnit.SECONDS);
                assertThat(p.rule()).isEqualTo(plans.get(0).get().rule());
                assertThat(p.requirement()).isEqualTo(i % 2 == 0 ? REQUIREMENT
                        : "  safely OBTAIN the prize first,  then arrive at the goal!");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(model.calls()).isEqualTo(1);
        plan(gate, "Reach the goal");
        assertThat(model.calls()).isEqualTo(2);
    }

    @Test
    void theCacheKeyHoldsTheCatalogueVersionAndTheExperts() {
        PlanCache.Key a = PlanCache.key("Reach the goal.", TestCatalogues.maze(), TestCatalogues.mazeExperts());
        assertThat(a).isEqualTo(PlanCache.key(" reach  THE goal ", TestCatalogues.maze(), TestCatalogues.mazeExperts()));
        assertThat(a.experts()).containsExactly("a-goal", "b-avoid-trap", "c-prize");
        assertThat(a).isNotEqualTo(PlanCache.key("Reach the goal", TestCatalogues.maze(),
                TestCatalogues.mazeExperts().subList(0, 2)));
        assertThat(a.catalogueVersion()).isEqualTo("1");
        assertThat(PlanCache.normalise("Don\u2019t  care!?")).isEqualTo("don't care");
    }

    @Test
    void aFailedCallIsNotCachedAndTheFallbackServesMeanwhile() {
        int[] attempt = {0};
        FakeLanguageModel flaky = new FakeLanguageModel(ModelCapabilities.JSON_SCHEMA, Duration.ofSeconds(5), r -> {
            if (attempt[0]++ == 0) {
                throw new ServerErrorException("HTTP 503 overloaded", 503, "overloaded", null);
            }
            return ChatResponse.of(TestPlans.STAGED);
        });
        LlmGate gate = LlmGate.builder(flaky).fallback(new OfflineGate()).build();
        assertThat(plan(gate, REQUIREMENT).gate()).isEqualTo("offline");
        assertThat(plan(gate, REQUIREMENT).gate()).isEqualTo("llm:fake");
        assertThat(plan(gate, REQUIREMENT).gate()).isEqualTo("llm:fake");
        assertThat(flaky.calls()).isEqualTo(2);
        assertThatThrownBy(() -> LlmGate.builder(FakeLanguageModel.answering("no plan")).cacheSize(0).build()
                .plan(REQUIREMENT, TestCatalogues.maze(), TestCatalogues.mazeExperts()))
                .isInstanceOf(PlanParseException.class);
    }

    @Test
    void picksTheStrongestResponseFormatAndPutsTheSchemaInThePromptOtherwise() {
        FakeLanguageModel schema = FakeLanguageModel.answering(TestPlans.STAGED);
        plan(LlmGate.builder(schema).build(), REQUIREMENT);
        assertThat(schema.requests().get(0).responseFormat()).isInstanceOf(ResponseFormat.JsonSchema.class);
        assertThat(schema.requests().get(0).messages().get(1).content()).doesNotContain("JSON schema:");

        for (ModelCapabilities caps : List.of(ModelCapabilities.JSON_OBJECT, ModelCapabilities.TEXT_ONLY)) {
            FakeLanguageModel m = new FakeLanguageModel(caps, Duration.ofSeconds(5), r -> ChatResponse.of(TestPlans.STAGED));
            assertThat(plan(LlmGate.builder(m).temperature(0.2).maxTokens(500).build(), REQUIREMENT).gate())
                    .isEqualTo("llm:fake");
            var request = m.requests().get(0);
            assertThat(request.responseFormat()).isInstanceOf(caps.jsonObjectOutput() ? ResponseFormat.JsonObject.class
                    : ResponseFormat.Text.class);
            assertThat(request.messages().get(1).content()).contains("JSON schema:", "\"$defs\"");
            assertThat(request.temperature()).isEqualTo(0.2);
            assertThat(request.maxTokens()).isEqualTo(500);
        }
    }

    @Test
    void thePromptsCarryTheCatalogueTheExpertsAndTheFourSteps() {
        FakeLanguageModel m = FakeLanguageModel.answering(TestPlans.STAGED);
        plan(LlmGate.builder(m).build(), REQUIREMENT);
        String system = m.requests().get(0).messages().get(0).content();
        String user = m.requests().get(0).messages().get(1).content();
        assertThat(system).contains("1. Objective formulation", "2. Expert selection", "3. Inference combination",
                "4. Decision execution", "CONSTRAINT holds throughout", "WEIGHTED_PRODUCT");
        assertThat(user).contains("prize [INTERMEDIATE]", "goal [TERMINAL]", "trap [CONSTRAINT]", "prizeCollected",
                "c-prize: Expert trained for prize.", "Requirement: \"" + REQUIREMENT + "\"");
    }

    @Test
    void rejectsBadArguments() {
        LlmGate gate = LlmGate.builder(FakeLanguageModel.answering(TestPlans.STAGED)).build();
        assertThatThrownBy(() -> gate.plan(" ", TestCatalogues.maze(), TestCatalogues.mazeExperts()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> gate.plan("x", TestCatalogues.maze(), List.of(TestCatalogues.expert("a", "goal"),
                TestCatalogues.expert("a", "trap")))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> LlmGate.builder(FakeLanguageModel.answering("")).cacheSize(-1))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
