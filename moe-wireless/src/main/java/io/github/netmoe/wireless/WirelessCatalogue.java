package io.github.netmoe.wireless;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Composition;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.List;

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

    private static final ObjectiveCatalogue CATALOGUE = new ObjectiveCatalogue("nsp-wireless", "1",
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
                            "lag", "smooth", "uninterrupted gaming"))),
            List.of());

    private WirelessCatalogue() {
    }

    /** @return the NSP's objective catalogue */
    public static ObjectiveCatalogue catalogue() {
        return CATALOGUE;
    }
}
