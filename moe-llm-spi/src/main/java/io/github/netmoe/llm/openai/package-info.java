/**
 * The adapter for servers that speak the OpenAI chat-completions protocol (OpenAI, Ollama's {@code /v1},
 * vLLM, the llama.cpp server): {@link io.github.netmoe.llm.openai.OpenAiCompatibleLanguageModel},
 * configured by {@link io.github.netmoe.llm.openai.OpenAiSettings} and found by
 * {@link java.util.ServiceLoader} through {@link io.github.netmoe.llm.openai.OpenAiCompatibleProvider}.
 */
package io.github.netmoe.llm.openai;
