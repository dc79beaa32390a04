package io.github.netmoe.llm;

import java.util.List;

/**
 * Makes {@link LanguageModel}s of one kind from a {@link ModelConfig}. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.github.netmoe.llm.LanguageModelProvider} and look it up by name with
 * {@link LanguageModels#create(String, ModelConfig)}.
 */
public interface LanguageModelProvider {

    /** @return the provider's name, e.g. {@code openai-compatible} */
    String name();

    /** @return further names the provider answers to, e.g. {@code openai}, {@code ollama} */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * @param config the settings; the provider rejects keys it does not know
     * @return a model
     * @throws io.github.netmoe.core.InvalidArgumentException on missing or bad settings (never quoting an API key)
     */
    LanguageModel create(ModelConfig config);
}
