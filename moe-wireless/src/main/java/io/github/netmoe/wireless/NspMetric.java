package io.github.netmoe.wireless;

/**
 * The QoS metrics the NSP sells power for, each as a quantity Q to maximise (paper eqs. (4)-(9)):
 * Q = 1 - OP, Q = DR, Q = 1 - BEP, and the derived Q = TP = (1 - OP) * DR.
 */
public enum NspMetric {
    /** Q = 1 - OP, the probability the link is up. */
    OUTAGE("1 - OP"),
    /** Q = DR in bit/s. */
    RATE("DR"),
    /** Q = 1 - BEP of BPSK. */
    BIT_ERROR("1 - BEP"),
    /** Q = TP = (1 - OP) * DR in bit/s. */
    THROUGHPUT("TP = (1 - OP) * DR");

    private final String quantity;

    NspMetric(String quantity) {
        this.quantity = quantity;
    }

    /** @return the quantity Q as a formula */
    public String quantity() {
        return quantity;
    }

    /**
     * The QoS a user gets at a transmit power, from the closed forms of {@link MrtLink}.
     *
     * @param link the user's link
     * @param powerWatts transmit power
     * @param bandwidthHz bandwidth B
     * @param snrThreshold linear outage threshold
     * @return Q
     */
    public double qos(MrtLink link, double powerWatts, double bandwidthHz, double snrThreshold) {
        return switch (this) {
            case OUTAGE -> link.successProbability(powerWatts, snrThreshold);
            case RATE -> link.dataRate(powerWatts, bandwidthHz);
            case BIT_ERROR -> 1 - link.bitErrorProbabilityBpsk(powerWatts);
            case THROUGHPUT -> link.throughput(powerWatts, bandwidthHz, snrThreshold);
        };
    }
}
