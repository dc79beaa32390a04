package io.github.netmoe.wireless;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Composition;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the network service provider (NSP) knows how to optimise for a user (the paper's Section
 * III): outage probability OP, ergodic data rate DR and bit-error probability BEP, and the derived
 * objective throughput {@code TP = (1 - OP) * DR}, the product of the link's success probability and
 * its data rate (a composition no expert was trained for).
 */
public final class WirelessCatalogue {
    /** Objective id: outage probability (minimise; QoS {@code Q = 1 - OP}). */
    public static final String OUTAGE = "outage";
    /** Objective id: ergodic data rate (maximise; QoS {@code Q = DR}). */
    public static final String RATE = "rate";
    /** Objective id: BPSK bit-error probability (minimise; QoS {@code Q = 1 - BEP}). */
    public static final String BIT_ERROR = "bitError";
    /** Composition id: throughput {@code (1 - OP) * DR}. */
    public static final String THROUGHPUT = "throughput";
    /** Expert trained on the outage utility. */
    public static final String EXPERT_OUTAGE = "op-expert";
    /** Expert trained on the data-rate utility. */
    public static final String EXPERT_RATE = "dr-expert";
    /** Expert trained on the bit-error utility. */
    public static final String EXPERT_BIT_ERROR = "bep-expert";

    private static final ObjectiveCatalogue CATALOGUE = catalogue(NspSettings.paper());

    /**
     * The catalogue for a market: the throughput composition carries the throughput utility of
     * {@code settings}, so a gate can price the composed estimate per power level.
     *
     * @param settings the market
     * @return the catalogue
     */
    public static ObjectiveCatalogue catalogue(NspSettings settings) {
        return new ObjectiveCatalogue("nsp-wireless", "1",
            List.of(
                    new Objective(OUTAGE, "Outage probability OP = P(SNR < threshold): the chance the link drops."
                            + " Minimise it for a reliable, uninterrupted connection.", Objective.Kind.METRIC,
                            List.of("outage", "reliable", "reliability", "uninterrupted", "drop", "dropped",
                                    "disconnect", "stable", "stability", "coverage", "always connected")),
                    new Objective(RATE, "Ergodic data rate DR in bit/s: how fast data flows on average. Maximise"
                            + " it for large or fast transfers.", Objective.Kind.METRIC,
                            List.of("data rate", "rate", "fast", "speed", "high-speed", "bandwidth", "download",
                                    "upload", "streaming", "capacity", "bit/s", "mbps")),
                    new Objective(BIT_ERROR, "Bit-error probability of BPSK: the chance a bit arrives corrupted."
                            + " Minimise it for accurate delivery.", Objective.Kind.METRIC,
                            List.of("bit error", "error rate", "ber", "bep", "accurate", "accuracy", "integrity",
                                    "corrupted", "corruption", "error-free", "precise"))),
            List.of(new Composition(THROUGHPUT, "Throughput TP = (1 - OP) * DR: the data rate delivered while the"
                    + " link is up; needs both low outage and high rate, combined as a product.",
                    List.of(OUTAGE, RATE), CombinationRule.Kind.WEIGHTED_PRODUCT,
                    List.of("throughput", "goodput", "gaming", "seamless", "video call", "real-time", "live",
                            "lag", "smooth", "uninterrupted gaming"),
                    settings.utility(NspMetric.THROUGHPUT).fromQos(settings.powers()))),
            List.of());
    }

    private WirelessCatalogue() {
    }

    /** @return the NSP's objective catalogue for the default market {@link NspSettings#paper()} */
    public static ObjectiveCatalogue catalogue() {
        return CATALOGUE;
    }

    /** @return the descriptors of the outage, rate and bit-error experts for the default market */
    public static List<ExpertDescriptor> descriptors() {
        return descriptors(NspSettings.paper());
    }

    /**
     * The descriptors of the three NSP experts. Each declares its reward (metric, F's bounds, beta1,
     * beta2) and a normalisation that maps its Q-values — utilities — back to QoS estimates
     * ({@link QosUtility#toQos}), so a gate can multiply them into a throughput estimate.
     *
     * @param settings the market the experts were trained for
     * @return descriptors of the outage, rate and bit-error experts, in that order
     */
    public static List<ExpertDescriptor> descriptors(NspSettings settings) {
        return List.of(
                descriptor(settings, EXPERT_OUTAGE, OUTAGE, NspMetric.OUTAGE,
                        "Outage expert: sells the power that maximises the NSP utility of a reliable link, 1 - OP."),
                descriptor(settings, EXPERT_RATE, RATE, NspMetric.RATE,
                        "Rate expert: sells the power that maximises the NSP utility of the ergodic data rate DR."),
                descriptor(settings, EXPERT_BIT_ERROR, BIT_ERROR, NspMetric.BIT_ERROR,
                        "Bit-error expert: sells the power that maximises the NSP utility of 1 - BEP (BPSK)."));
    }

    private static ExpertDescriptor descriptor(NspSettings settings, String id, String objective, NspMetric metric,
                                               String description) {
        QosUtility u = settings.utility(metric);
        String meaning = String.format(Locale.ROOT, "Q-value per power level = NSP utility beta1*F(Q) - beta2*P with"
                + " Q = %s, F(Q) = (Q - %.6g)/(%.6g - %.6g), beta1 = %.6g, beta2 = %.6g per W, minus beta1 when"
                + " Q <= Qmin", metric.quantity(), u.qmin(), u.qmax(), u.qmin(), u.beta1(), u.beta2());
        Map<String, String> attributes = Map.of("metric", metric.name(), "quantity", metric.quantity(),
                "qmin", Double.toString(u.qmin()), "qmax", Double.toString(u.qmax()),
                "beta1", Double.toString(u.beta1()), "beta2", Double.toString(u.beta2()));
        return new ExpertDescriptor(id, description, List.of(objective), meaning, u.toQos(settings.powers()),
                attributes);
    }
}
