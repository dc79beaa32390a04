package io.github.netmoe.llm.gate;

import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.llm.LanguageModels;
import io.github.netmoe.llm.offline.OfflineGate;
import java.util.Map;

/**
 * The default gate: a language-model gate with the offline gate as its fallback when a model is
 * configured ({@code NETMOE_LLM_BASE_URL} and friends, see {@link LanguageModels}), else the
 * {@link OfflineGate} alone.
 */
public final class Gates {
    private Gates() {
    }

    /** @return the default gate for the process environment */
    public static GatePolicy fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * @param environment the environment variables
     * @return an {@link LlmGate} falling back to an {@link OfflineGate} if a model is configured, else an
     *     {@link OfflineGate}
     */
    public static GatePolicy fromEnvironment(Map<String, String> environment) {
        return LanguageModels.fromEnvironment(environment)
                .<GatePolicy>map(model -> LlmGate.builder(model).fallback(new OfflineGate()).build())
                .orElseGet(OfflineGate::new);
    }
}
