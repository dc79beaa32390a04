package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Environment;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.random.RandomGenerator;

/**
 * The NSP utility problem (paper Section III) as a contextual bandit: a user with a random link
 * arrives ({@link #reset}), the NSP sells one power level (the action), and the reward is the NSP's
 * utility {@link QosUtility#utility} for the metric this environment is built for; then the episode
 * ends. An expert trained here learns the utility of every power level for every link.
 *
 * <p>Features of a user: {@code (M - 10)/2} and the deviation of the per-watt mean SNR
 * {@code 10 log10(theta D^-alpha / sigma^2)} from the paper's link (-12.2 dB), in units of 3 dB.
 *
 * <p>Immutable and thread-safe.
 */
public final class NspEnvironment implements Environment<NspUser> {
    private static final double PAPER_SNR_PER_WATT_DB = 10 * Math.log10(0.06);

    private final NspSettings settings;
    private final NspMetric metric;
    private final UserDistribution users;
    private final ObjectiveCatalogue catalogue;

    /**
     * @param settings the market
     * @param metric the metric whose utility is the reward
     * @param users how users' links are drawn
     */
    public NspEnvironment(NspSettings settings, NspMetric metric, UserDistribution users) {
        this.settings = Arguments.requireNonNull("settings", settings);
        this.metric = Arguments.requireNonNull("metric", metric);
        this.users = Arguments.requireNonNull("users", users);
        this.catalogue = WirelessCatalogue.catalogue(settings);
    }

    /** @return the market */
    public NspSettings settings() {
        return settings;
    }

    /** @return the rewarded metric */
    public NspMetric metric() {
        return metric;
    }

    /** @return the user distribution */
    public UserDistribution users() {
        return users;
    }

    @Override
    public NspUser reset(RandomGenerator rng) {
        return new NspUser(rng.nextLong() >>> 1, users.draw(rng));
    }

    @Override
    public Step<NspUser> step(NspUser state, int action, RandomGenerator rng) {
        Arguments.requireNonNull("state", state);
        double power = settings.power(action);
        MrtLink link = state.link();
        double qos = metric.qos(link, power, settings.bandwidthHz(), settings.snrThreshold());
        return new Step<>(state, settings.utility(metric).utility(qos, power), true);
    }

    @Override
    public int actionCount() {
        return settings.levels();
    }

    @Override
    public double[] features(NspUser state) {
        MrtLink link = state.link();
        double snrPerWattDb = 10 * Math.log10(link.snrScale(1.0));
        return new double[] {(link.antennas() - 10) / 2.0, (snrPerWattDb - PAPER_SNR_PER_WATT_DB) / 3.0};
    }

    @Override
    public int featureCount() {
        return 2;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return catalogue;
    }
}
