package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.MixtureOfExperts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerTest {
    @Test
    void mixesTwoCustomExperts() {
        MixtureOfExperts<Integer> moe = new MixtureOfExperts<>(new ThermostatEnvironment(),
                List.of(new ThermostatExpert("cosy", 3, 5), new ThermostatExpert("frugal", 0, 5)));
        GatePlan plan = GatePlan.manual("comfortable but cheap", List.of("comfort"),
                CombinationRule.weightedSum(Map.of("cosy", 3.0, "frugal", 1.0)));
        Decision decision = moe.decide(0, plan);
        // min-max normalised: cosy = [0, 1/3, 2/3, 1, 2/3], frugal = [1, 3/4, 1/2, 1/4, 0];
        // 0.75 cosy + 0.25 frugal peaks at setting 3 (0.8125 against 0.625 at setting 2)
        assertEquals(3, decision.action());
        assertEquals(2, decision.evaluations().size());
    }
}
