package io.github.netmoe.llm.openai;

import io.github.netmoe.llm.LanguageModel;
import io.github.netmoe.llm.LanguageModelProvider;
import io.github.netmoe.llm.ModelConfig;
import java.util.List;

/**
 * The {@link LanguageModelProvider} of {@link OpenAiCompatibleLanguageModel}, registered in
 * {@code META-INF/services}: name {@code openai-compatible}, aliases {@code openai}, {@code ollama},
 * {@code vllm}, {@code llama.cpp}; settings as in {@link OpenAiSettings#fromConfig(ModelConfig)}.
 */
public final class OpenAiCompatibleProvider implements LanguageModelProvider {

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public OpenAiCompatibleProvider() {
        // stateless
    }

    @Override
    public String name() {
        return "openai-compatible";
    }

    @Override
    public List<String> aliases() {
        return List.of("openai", "ollama", "vllm", "llama.cpp", "llamacpp");
    }

    @Override
    public LanguageModel create(ModelConfig config) {
        return new OpenAiCompatibleLanguageModel(OpenAiSettings.fromConfig(config));
    }
}
