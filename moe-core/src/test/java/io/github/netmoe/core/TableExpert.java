package io.github.netmoe.core;

import java.util.List;
import java.util.function.IntFunction;

/** An expert whose evaluations come from a function of the integer state. */
record TableExpert(ExpertDescriptor descriptor, IntFunction<double[]> table) implements Expert<Integer> {

    static TableExpert of(String id, Normalisation normalisation, IntFunction<double[]> table) {
        return new TableExpert(ExpertDescriptor.of(id, "test expert " + id, List.of("x"), "test values",
                normalisation), table);
    }

    static TableExpert constant(String id, Normalisation normalisation, double... values) {
        return of(id, normalisation, s -> values.clone());
    }

    @Override
    public double[] evaluate(Integer state) {
        return table.apply(state);
    }
}
