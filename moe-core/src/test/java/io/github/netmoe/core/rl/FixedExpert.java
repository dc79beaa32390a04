package io.github.netmoe.core.rl;

import io.github.netmoe.core.Expert;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Normalisation;
import java.util.List;
import java.util.function.Function;

/** A hand-written expert whose evaluations are a given function of the state. */
final class FixedExpert<S> implements Expert<S> {
    private final ExpertDescriptor descriptor;
    private final Function<S, double[]> evaluations;

    FixedExpert(String id, Normalisation normalisation, Function<S, double[]> evaluations) {
        this.descriptor = ExpertDescriptor.of(id, "test expert " + id, List.of("answer"), "test preference in [0, 1]",
                normalisation);
        this.evaluations = evaluations;
    }

    @Override
    public ExpertDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public double[] evaluate(S state) {
        return evaluations.apply(state);
    }

    /** @return a vector of {@code length} zeros with a 1 at {@code index} */
    static double[] oneHot(int length, int index) {
        double[] v = new double[length];
        v[index] = 1;
        return v;
    }
}
