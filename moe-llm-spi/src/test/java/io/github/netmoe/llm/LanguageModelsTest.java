package io.github.netmoe.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.llm.gate.Gates;
import io.github.netmoe.llm.gate.LlmGate;
import io.github.netmoe.llm.offline.OfflineGate;
import io.github.netmoe.llm.openai.OpenAiCompatibleLanguageModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageModelsTest {
    @Test
    void theOpenAiProviderIsFoundByNameOrAlias() {
        assertThat(LanguageModels.providers()).extracting(LanguageModelProvider::name).contains("openai-compatible");
        assertThat(LanguageModels.provider("OLLAMA").name()).isEqualTo("openai-compatible");
        LanguageModel m = LanguageModels.create("vllm", ModelConfig.of(Map.of("base-url", "http://127.0.0.1:8000/v1",
                "model", "qwen", "timeout", "30s"), Map.of()));
        assertThat(m).isInstanceOf(OpenAiCompatibleLanguageModel.class);
        assertThat(m.name()).isEqualTo("qwen");
        assertThat(m.timeout()).hasSeconds(30);
    }

    @Test
    void anUnknownProviderNamesTheAvailableOnes() {
        assertThatThrownBy(() -> LanguageModels.provider("gemini")).isInstanceOf(ProviderNotFoundException.class)
                .hasMessageContaining("openai-compatible").hasMessageContaining("llama.cpp");
    }

    @Test
    void theEnvironmentSwitchesTheModelGateOnOnlyWithABaseUrl() {
        assertThat(LanguageModels.fromEnvironment(Map.of("NETMOE_LLM_MODEL", "x"))).isEmpty();
        GatePolicy offline = Gates.fromEnvironment(Map.of());
        assertThat(offline).isInstanceOf(OfflineGate.class);
        GatePolicy llm = Gates.fromEnvironment(Map.of("NETMOE_LLM_BASE_URL", "http://127.0.0.1:11434/v1",
                "NETMOE_LLM_MODEL", "llama3.1", "NETMOE_LLM_PROVIDER", "ollama"));
        assertThat(llm).isInstanceOf(LlmGate.class);
        assertThat(((LlmGate) llm).name()).isEqualTo("llm:llama3.1");
    }
}
