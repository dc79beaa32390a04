package io.github.netmoe.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
    @Test
    void environmentVariablesBecomeDashedKeysAndSecretsAreHidden() {
        ModelConfig c = ModelConfig.fromEnvironment(Map.of("NETMOE_LLM_BASE_URL", "http://127.0.0.1:8080/v1",
                "NETMOE_LLM_API_KEY", "sk-very-secret", "NETMOE_LLM_MAX_TOKENS", "99", "PATH", "/bin"));
        assertThat(c.get("base-url")).contains("http://127.0.0.1:8080/v1");
        assertThat(c.get("BASE_URL")).contains("http://127.0.0.1:8080/v1");
        assertThat(c.get("path")).isEmpty();
        assertThat(c.apiKey().orElseThrow().reveal()).isEqualTo("sk-very-secret");
        assertThat(c.toString()).doesNotContain("sk-very-secret").contains("api-key=****").contains("max-tokens=99");
        assertThat(ApiKey.of("sk-x").toString()).isEqualTo("ApiKey[redacted]");
    }

    @Test
    void apiKeyEnvNamesTheVariableHoldingTheKey() {
        ModelConfig c = ModelConfig.of(Map.of("api-key-env", "MY_KEY"), Map.of("MY_KEY", "sk-from-env"));
        assertThat(c.apiKey().orElseThrow().reveal()).isEqualTo("sk-from-env");
        assertThat(c.toString()).doesNotContain("sk-from-env").contains("api-key-env=MY_KEY");
        assertThatThrownBy(() -> ModelConfig.of(Map.of("api-key-env", "UNSET_VAR"), Map.of()))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("UNSET_VAR");
        assertThatThrownBy(() -> ApiKey.of(" ")).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void numbersAndDurationsAreParsedOrNamed() {
        ModelConfig c = ModelConfig.of(Map.of("n", "x", "d", "-1s"), Map.of());
        assertThatThrownBy(() -> c.integer("n", 1)).hasMessageContaining("n = \"x\" must be an integer");
        assertThatThrownBy(() -> c.duration("d", null)).hasMessageContaining("must not be negative");
        assertThat(c.integer("absent", 7)).isEqualTo(7);
    }
}
