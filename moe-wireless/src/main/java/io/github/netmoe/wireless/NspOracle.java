package io.github.netmoe.wireless;

import io.github.netmoe.core.Decision;

/**
 * The exact optimum of the NSP problem for one user: exhaustive search over the power levels with
 * the closed forms of {@link MrtLink}. The yardstick every expert and mixture is measured against.
 *
 * <p>Thread-safe (stateless).
 */
public final class NspOracle {
    private NspOracle() {
    }

    /**
     * @param settings the market
     * @param link the user's link
     * @param metric the metric
     * @return the power-level index with the highest utility (lowest index on ties)
     */
    public static int bestAction(NspSettings settings, MrtLink link, NspMetric metric) {
        return Decision.argmax(settings.utilities(link, metric));
    }
}
