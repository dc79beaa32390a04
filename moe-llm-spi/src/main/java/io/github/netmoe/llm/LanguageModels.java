package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds {@link LanguageModelProvider}s with {@link ServiceLoader} and makes models from configuration.
 *
 * <p>From the environment: {@code NETMOE_LLM_BASE_URL} switches a model on; {@code NETMOE_LLM_PROVIDER}
 * picks the provider (default {@value #DEFAULT_PROVIDER}); every other {@code NETMOE_LLM_*} variable is
 * a setting of that provider ({@code NETMOE_LLM_MODEL}, {@code NETMOE_LLM_API_KEY}, ...).
 */
public final class LanguageModels {
    /** The provider used when none is named. */
    public static final String DEFAULT_PROVIDER = "openai-compatible";
    /** The setting that names the provider. */
    public static final String PROVIDER_KEY = "provider";
    /** The setting whose presence switches a model on in {@link #fromEnvironment(Map)}. */
    public static final String BASE_URL_KEY = "base-url";

    private static final Logger LOG = LoggerFactory.getLogger(LanguageModels.class);

    private LanguageModels() {
    }

    /** @return every provider on the class path */
    public static List<LanguageModelProvider> providers() {
        List<LanguageModelProvider> all = new ArrayList<>();
        ServiceLoader.load(LanguageModelProvider.class, LanguageModels.class.getClassLoader()).forEach(all::add);
        return all;
    }

    /**
     * @param name a provider's name or alias, case-insensitive
     * @return the provider
     * @throws ProviderNotFoundException naming the available providers
     */
    public static LanguageModelProvider provider(String name) {
        Arguments.requireNonBlank("provider name", name);
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> known = new TreeSet<>();
        for (LanguageModelProvider p : providers()) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String n : names) {
                known.add(n);
                if (n.equalsIgnoreCase(wanted)) {
                    return p;
                }
            }
        }
        throw new ProviderNotFoundException("no language-model provider named '" + name + "'; available: " + known);
    }

    /**
     * @param providerName a provider's name or alias
     * @param config its settings (the {@code provider} key, if present, is ignored)
     * @return the model
     */
    public static LanguageModel create(String providerName, ModelConfig config) {
        Map<String, String> values = new java.util.TreeMap<>(config.values());
        values.remove(PROVIDER_KEY);
        LanguageModel model = provider(providerName).create(new ModelConfig(values));
        LOG.info("language model '{}' from provider '{}' with {}", model.name(), providerName, config);
        return model;
    }

    /**
     * @param config settings including {@code provider} (default {@value #DEFAULT_PROVIDER})
     * @return the model
     */
    public static LanguageModel create(ModelConfig config) {
        return create(config.get(PROVIDER_KEY).orElse(DEFAULT_PROVIDER), config);
    }

    /**
     * @param environment the environment, e.g. {@link System#getenv()}
     * @return a model if {@code NETMOE_LLM_BASE_URL} is set, else empty
     */
    public static Optional<LanguageModel> fromEnvironment(Map<String, String> environment) {
        ModelConfig config = ModelConfig.fromEnvironment(environment);
        if (config.get(BASE_URL_KEY).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(create(config));
    }

    /** @return a model if {@code NETMOE_LLM_BASE_URL} is set in the process environment, else empty */
    public static Optional<LanguageModel> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }
}
