package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Expert;
import io.github.netmoe.core.ExpertDescriptor;

/**
 * An ideal NSP expert: its evaluations are the exact utilities of its metric at every power level,
 * from the closed forms. It is what a perfectly trained DQN expert would return, so it separates
 * the quality of a combination rule from the quality of the learned experts (and is the oracle's
 * expert in tests and reports).
 *
 * <p>Thread-safe (immutable).
 */
public final class ClosedFormExpert implements Expert<NspUser> {
    private final ExpertDescriptor descriptor;
    private final NspSettings settings;
    private final NspMetric metric;

    /**
     * @param descriptor the descriptor (e.g. from {@link WirelessCatalogue#descriptors(NspSettings)})
     * @param settings the market
     * @param metric the metric whose utility the expert evaluates
     */
    public ClosedFormExpert(ExpertDescriptor descriptor, NspSettings settings, NspMetric metric) {
        this.descriptor = Arguments.requireNonNull("descriptor", descriptor);
        this.settings = Arguments.requireNonNull("settings", settings);
        this.metric = Arguments.requireNonNull("metric", metric);
    }

    @Override
    public ExpertDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public double[] evaluate(NspUser state) {
        return settings.utilities(state.link(), metric);
    }
}
