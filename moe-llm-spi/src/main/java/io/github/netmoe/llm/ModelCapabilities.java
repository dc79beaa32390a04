package io.github.netmoe.llm;

/**
 * Which response formats a model honours; {@link LanguageModel#chat(ChatRequest)} rejects requests for
 * the others, and the gate picks the strongest format a model supports.
 *
 * @param jsonObjectOutput whether it can be told to answer with a JSON object
 * @param jsonSchemaOutput whether it can be held to a JSON schema (structured output)
 */
public record ModelCapabilities(boolean jsonObjectOutput, boolean jsonSchemaOutput) {
    /** Free text only. */
    public static final ModelCapabilities TEXT_ONLY = new ModelCapabilities(false, false);
    /** JSON objects, no schema enforcement. */
    public static final ModelCapabilities JSON_OBJECT = new ModelCapabilities(true, false);
    /** JSON objects held to a schema. */
    public static final ModelCapabilities JSON_SCHEMA = new ModelCapabilities(true, true);

    /**
     * @param format a response format
     * @return whether this model honours it
     */
    public boolean supports(ResponseFormat format) {
        if (format instanceof ResponseFormat.JsonSchema) {
            return jsonSchemaOutput;
        }
        if (format instanceof ResponseFormat.JsonObject) {
            return jsonObjectOutput;
        }
        return true;
    }
}
