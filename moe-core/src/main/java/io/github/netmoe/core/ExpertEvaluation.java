package io.github.netmoe.core;

import java.util.Arrays;

/**
 * One expert's contribution to a {@link Decision}: its raw evaluations, the normalised values that
 * entered the combination, and the weight it carried (the rule's weight; the state-dependent gate
 * weight under {@link CombinationRule.LearnedGating}; 1 under {@link CombinationRule.Minimum}).
 *
 * @param expertId the expert
 * @param weight its weight in the combination
 * @param raw its evaluations as returned by {@link Expert#evaluate(Object)}
 * @param normalised the values after its descriptor's {@link Normalisation}
 */
public record ExpertEvaluation(String expertId, double weight, double[] raw, double[] normalised) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on null arrays or differing lengths
     */
    public ExpertEvaluation {
        Arguments.requireNonBlank("expertId", expertId);
        raw = Arguments.requireNonNull("raw", raw).clone();
        normalised = Arguments.requireNonNull("normalised", normalised).clone();
        if (raw.length != normalised.length) {
            throw new InvalidArgumentException("raw and normalised evaluations differ in length: " + raw.length
                    + " != " + normalised.length);
        }
    }

    @Override
    public double[] raw() {
        return raw.clone();
    }

    @Override
    public double[] normalised() {
        return normalised.clone();
    }

    /**
     * @return the action this expert alone would choose (highest raw evaluation, lowest index on ties)
     */
    public int preferredAction() {
        return Decision.argmax(raw);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpertEvaluation that && expertId.equals(that.expertId)
                && Double.compare(weight, that.weight) == 0 && Arrays.equals(raw, that.raw)
                && Arrays.equals(normalised, that.normalised);
    }

    @Override
    public int hashCode() {
        return expertId.hashCode() * 31 + Arrays.hashCode(raw) * 17 + Arrays.hashCode(normalised)
                + Double.hashCode(weight);
    }

    @Override
    public String toString() {
        return "ExpertEvaluation[" + expertId + ", weight=" + weight + ", raw=" + Arrays.toString(raw)
                + ", normalised=" + Arrays.toString(normalised) + "]";
    }
}
