package com.example.consumer;

import io.github.netmoe.core.Expert;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Normalisation;
import java.util.List;

/** A user's own expert: prefers the action whose index is closest to a target. */
public final class ThermostatExpert implements Expert<Integer> {
    private final ExpertDescriptor descriptor;
    private final int target;
    private final int actions;

    public ThermostatExpert(String id, int target, int actions) {
        this.descriptor = ExpertDescriptor.of(id, "prefers setting " + target, List.of("comfort"),
                "negative distance to the target setting", Normalisation.minMax());
        this.target = target;
        this.actions = actions;
    }

    @Override
    public ExpertDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public double[] evaluate(Integer state) {
        double[] values = new double[actions];
        for (int a = 0; a < actions; a++) {
            values[a] = -Math.abs(a - target - state);
        }
        return values;
    }
}
