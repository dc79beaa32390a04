package io.github.netmoe.llm;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Settings of a {@link LanguageModelProvider}, as lower-case, dash-separated keys ({@code base-url},
 * {@code model}, {@code api-key}, {@code timeout}, ...). Built from a map or from environment variables
 * ({@code NETMOE_LLM_BASE_URL} becomes {@code base-url}).
 *
 * <p>The key {@code api-key-env} names an environment variable that holds the API key; it is resolved
 * when the configuration is made. {@link #toString()} shows every value except secrets (keys containing
 * {@code key}, {@code secret}, {@code token} or {@code password}), which it shows as {@code ****}.
 *
 * @param values key to value; keys are normalised to lower case with {@code -} separators
 */
public record ModelConfig(Map<String, String> values) {
    /** Prefix of the environment variables {@link #fromEnvironment(Map)} reads. */
    public static final String ENV_PREFIX = "NETMOE_LLM_";
    /** Key of the API key. */
    public static final String API_KEY = "api-key";
    /** Key naming the environment variable that holds the API key. */
    public static final String API_KEY_ENV = "api-key-env";

    /**
     * Normalises keys and copies.
     *
     * @throws InvalidArgumentException on null keys or values, or blank keys
     */
    public ModelConfig {
        Arguments.requireNonNull("values", values);
        Map<String, String> normalised = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = normaliseKey(Arguments.requireNonBlank("config key", e.getKey()));
            normalised.put(key, Arguments.requireNonNull("config value of " + key, e.getValue()).strip());
        }
        values = Map.copyOf(normalised);
    }

    /**
     * @param values settings; {@code api-key-env} is resolved from the process environment
     * @return the configuration
     */
    public static ModelConfig of(Map<String, String> values) {
        return of(values, System.getenv());
    }

    /**
     * @param values settings
     * @param environment where {@code api-key-env} is looked up
     * @return the configuration
     * @throws InvalidArgumentException if {@code api-key-env} names an unset variable
     */
    public static ModelConfig of(Map<String, String> values, Map<String, String> environment) {
        ModelConfig raw = new ModelConfig(values);
        Optional<String> keyVariable = raw.get(API_KEY_ENV);
        if (keyVariable.isEmpty() || raw.get(API_KEY).isPresent()) {
            return raw;
        }
        String key = environment.get(keyVariable.get());
        if (key == null || key.isBlank()) {
            throw new InvalidArgumentException(API_KEY_ENV + " names environment variable " + keyVariable.get()
                    + ", which is not set");
        }
        Map<String, String> resolved = new TreeMap<>(raw.values());
        resolved.put(API_KEY, key);
        return new ModelConfig(resolved);
    }

    /**
     * Reads every {@code NETMOE_LLM_*} variable: {@code NETMOE_LLM_BASE_URL=...} becomes {@code base-url}.
     *
     * @param environment the environment, e.g. {@link System#getenv()}
     * @return the configuration
     */
    public static ModelConfig fromEnvironment(Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length() && value != null) {
                values.put(name.substring(ENV_PREFIX.length()), value);
            }
        });
        return of(values, environment);
    }

    /**
     * @param key a key
     * @return its value, if set and not blank
     */
    public Optional<String> get(String key) {
        String value = values.get(normaliseKey(key));
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * @param key a key
     * @return its value
     * @throws InvalidArgumentException if it is not set
     */
    public String require(String key) {
        return get(key).orElseThrow(() -> new InvalidArgumentException("configuration key '" + normaliseKey(key)
                + "' (environment variable " + ENV_PREFIX + normaliseKey(key).toUpperCase(Locale.ROOT).replace('-', '_')
                + ") must be set"));
    }

    /** @return the API key, if configured */
    public Optional<ApiKey> apiKey() {
        return get(API_KEY).map(ApiKey::of);
    }

    /**
     * @param key a key whose value is a duration: {@code 500ms}, {@code 30s}, {@code 2m}, ISO-8601
     *     ({@code PT30S}) or a plain number of seconds
     * @param fallback the value when unset
     * @return the duration
     * @throws InvalidArgumentException on an unreadable or negative value
     */
    public Duration duration(String key, Duration fallback) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        String v = text.get().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (v.startsWith("p")) {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } else if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            } else if (v.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
            } else if (v.endsWith("m")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 60_000));
            } else {
                d = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            }
            if (d.isNegative()) {
                throw new InvalidArgumentException(key + " = " + text.get() + " must not be negative");
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidArgumentException(key + " = \"" + text.get()
                    + "\" must be a duration such as 500ms, 30s, 2m or PT30S");
        }
    }

    /**
     * @param key a key whose value is an integer
     * @param fallback the value when unset
     * @return the integer
     * @throws InvalidArgumentException on an unreadable value
     */
    public int integer(String key, int fallback) {
        Optional<String> text = get(key);
        try {
            return text.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(key + " = \"" + text.orElse("") + "\" must be an integer");
        }
    }

    /**
     * @param allowed the keys a provider understands
     * @throws InvalidArgumentException naming the first unknown key and the allowed ones
     */
    public void requireKnownKeys(Set<String> allowed) {
        Set<String> all = new TreeSet<>(allowed);
        all.add(API_KEY_ENV);
        for (String key : values.keySet()) {
            if (!all.contains(key)) {
                throw new InvalidArgumentException("unknown configuration key '" + key + "'; known keys: " + all);
            }
        }
    }

    /** @return the settings with secrets shown as {@code ****} */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        values.forEach((k, v) -> shown.put(k, isSecret(k) ? "****" : v));
        return "ModelConfig" + shown;
    }

    private static boolean isSecret(String key) {
        return key.contains("key") && !key.equals(API_KEY_ENV) || key.contains("secret") || key.contains("token")
                && !key.contains("tokens") || key.contains("password");
    }

    private static String normaliseKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
    }
}
