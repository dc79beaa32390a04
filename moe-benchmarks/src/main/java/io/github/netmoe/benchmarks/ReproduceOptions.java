package io.github.netmoe.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options of {@link Reproduce}.
 *
 * @param out the report folder
 * @param seed the master seed of every experiment
 * @param episodes evaluation episodes per maze configuration (and held-out users of the NSP case)
 * @param retrain whether to retrain the experts instead of loading the shipped ones
 * @param llmBaseUrl base URL of an OpenAI-compatible endpoint to use as the gate, or null for the offline gate
 * @param llmModel the model name at that endpoint, or null
 * @param help whether only the usage was asked for
 */
public record ReproduceOptions(Path out, long seed, int episodes, boolean retrain, String llmBaseUrl, String llmModel,
                               boolean help) {
    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "Usage: Reproduce [options]",
            "Reproduces the paper's maze comparison (Fig. 5) and NSP Case 3 (Fig. 6) and writes a report.",
            "  --out DIR            report folder (default: report)",
            "  --seed N             master seed (default: 2024)",
            "  --episodes N         evaluation episodes per configuration, >= 100 (default: 1000)",
            "  --retrain            retrain the experts instead of loading the shipped ones",
            "  --llm-base-url URL   use an OpenAI-compatible endpoint as the gate (e.g. http://localhost:11434/v1)",
            "  --llm-model NAME     the model to ask at that endpoint (required with --llm-base-url)",
            "  --help               print this text");

    /** A command line that cannot be run: the message says why; the caller prints the usage. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param args the command line
     * @return the options
     * @throws UsageException on an unknown option, a missing or malformed value
     */
    public static ReproduceOptions parse(String... args) throws UsageException {
        Path out = Path.of("report");
        long seed = 2024;
        int episodes = 1000;
        boolean retrain = false;
        String baseUrl = null;
        String model = null;
        boolean help = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--out" -> out = Path.of(value(option, rest));
                case "--seed" -> seed = parseLong(option, value(option, rest));
                case "--episodes" -> {
                    long n = parseLong(option, value(option, rest));
                    if (n < 100 || n > 1_000_000) {
                        throw new UsageException("--episodes " + n + " must be in [100, 1000000]");
                    }
                    episodes = (int) n;
                }
                case "--retrain" -> retrain = true;
                case "--llm-base-url" -> baseUrl = value(option, rest);
                case "--llm-model" -> model = value(option, rest);
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        if ((baseUrl == null) != (model == null)) {
            throw new UsageException("--llm-base-url and --llm-model go together");
        }
        if (baseUrl != null && !baseUrl.toLowerCase(Locale.ROOT).matches("https?://.+")) {
            throw new UsageException("--llm-base-url '" + baseUrl + "' must start with http:// or https://");
        }
        return new ReproduceOptions(out, seed, episodes, retrain, baseUrl, model, help);
    }

    private static String value(String option, List<String> rest) throws UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static long parseLong(String option, String text) throws UsageException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " '" + text + "' is not a whole number");
        }
    }
}
