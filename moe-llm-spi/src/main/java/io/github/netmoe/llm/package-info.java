/**
 * The language-model SPI of NetMoE and the gates built on it.
 *
 * <p>A {@link io.github.netmoe.llm.LanguageModel} answers {@link io.github.netmoe.llm.ChatRequest}s;
 * providers implement {@code doChat} and declare {@link io.github.netmoe.llm.ModelCapabilities}, and are
 * found by name through {@link io.github.netmoe.llm.LanguageModels} ({@link java.util.ServiceLoader},
 * configured by a {@link io.github.netmoe.llm.ModelConfig} from a map or {@code NETMOE_LLM_*} environment
 * variables). Every failure is a {@link io.github.netmoe.llm.LanguageModelException}; API keys are held
 * in {@link io.github.netmoe.llm.ApiKey}, which never prints them.
 *
 * <p>Subpackages: {@code plan} (the plan JSON codec, the published schemas and the reader of a model's
 * answer), {@code gate} (the language-model gate {@code LlmGate}, its prompts and plan cache, and
 * {@code Gates}, the default gate), {@code offline} (the gate without a model, {@code OfflineGate}),
 * {@code openai} (the adapter for OpenAI-compatible servers).
 *
 * <pre>{@code
 * // no model: the offline gate
 * GatePlan plan = new OfflineGate().plan("reach the goal without falling into the trap",
 *         MazeCatalogue.catalogue(), MazeCatalogue.descriptors());
 *
 * // a model on an OpenAI-compatible server, the offline gate as fallback
 * LanguageModel model = new OpenAiCompatibleLanguageModel(
 *         OpenAiSettings.builder("http://localhost:11434/v1", "llama3.1").build());
 * GatePolicy gate = LlmGate.builder(model).fallback(new OfflineGate()).build();
 *
 * // or whichever the environment configures (NETMOE_LLM_BASE_URL, NETMOE_LLM_MODEL, NETMOE_LLM_API_KEY)
 * GatePolicy fromEnv = Gates.fromEnvironment();
 *
 * // plans as JSON
 * String json = GatePlanJson.write(plan);
 * GatePlan back = GatePlanJson.read(json);
 * }</pre>
 */
package io.github.netmoe.llm;
