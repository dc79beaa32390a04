package io.github.netmoe.llm.gate;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Plans by requirement, so a gate asks its model once per requirement: keyed by the normalised
 * requirement ({@link #normalise(String)}), the catalogue's environment id and version, and the
 * available expert ids. Concurrent requests for one key make one call: the first caller loads, the
 * others wait for its result. A failed load is not kept, so the next request tries again. At most
 * {@code maxEntries} plans are kept, the least recently used leaving first.
 *
 * <p>Thread-safe.
 */
public final class PlanCache {
    private final int maxEntries;
    private final Object lock = new Object();
    private final LinkedHashMap<Key, CompletableFuture<GatePlan>> entries = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * What a cached plan depends on.
     *
     * @param requirement the normalised requirement
     * @param environmentId the catalogue's environment id
     * @param catalogueVersion the catalogue's version
     * @param experts the available expert ids, sorted
     */
    public record Key(String requirement, String environmentId, String catalogueVersion, List<String> experts) {
        /**
         * Validates and copies.
         *
         * @throws io.github.netmoe.core.InvalidArgumentException on null components
         */
        public Key {
            Arguments.requireNonNull("requirement", requirement);
            Arguments.requireNonNull("environmentId", environmentId);
            Arguments.requireNonNull("catalogueVersion", catalogueVersion);
            experts = List.copyOf(Arguments.requireNonNull("experts", experts));
        }
    }

    /**
     * @param maxEntries how many plans to keep, {@code >= 1}
     */
    public PlanCache(int maxEntries) {
        this.maxEntries = Arguments.requirePositive("maxEntries", maxEntries);
    }

    /**
     * @param requirement the requirement
     * @param catalogue the catalogue
     * @param experts the available experts
     * @return the cache key
     */
    public static Key key(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        return new Key(normalise(requirement), catalogue.environmentId(), catalogue.version(),
                experts.stream().map(ExpertDescriptor::id).sorted().toList());
    }

    /**
     * Unicode NFKC, lower case, typographic quotes made plain, whitespace collapsed, trailing
     * {@code . ! ?} dropped: "Reach the goal!" and " reach  the goal" are one requirement.
     *
     * @param requirement the requirement
     * @return its normal form
     */
    public static String normalise(String requirement) {
        String s = Normalizer.normalize(Arguments.requireNonNull("requirement", requirement), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replaceAll("\\s+", " ").strip();
        return s.replaceAll("[.!?]+$", "").strip();
    }

    /**
     * @param key the key
     * @param loader makes the plan on a miss; called at most once per key at a time
     * @return the cached or loaded plan
     * @throws RuntimeException whatever the loader threw, to every caller waiting for that load
     */
    public GatePlan get(Key key, Supplier<GatePlan> loader) {
        Arguments.requireNonNull("key", key);
        Arguments.requireNonNull("loader", loader);
        CompletableFuture<GatePlan> future;
        boolean owner = false;
        synchronized (lock) {
            future = entries.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                entries.put(key, future);
                owner = true;
                while (entries.size() > maxEntries) {
                    Map.Entry<Key, CompletableFuture<GatePlan>> eldest = entries.entrySet().iterator().next();
                    entries.remove(eldest.getKey());
                }
            }
        }
        if (owner) {
            try {
                future.complete(Arguments.requireNonNull("loaded plan", loader.get()));
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    entries.remove(key, future);
                }
                future.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** @return how many plans (loaded or loading) are kept */
    public int size() {
        synchronized (lock) {
            return entries.size();
        }
    }

    /** Forgets every plan. */
    public void clear() {
        synchronized (lock) {
            entries.clear();
        }
    }
}
