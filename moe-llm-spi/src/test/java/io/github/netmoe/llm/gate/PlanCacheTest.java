package io.github.netmoe.llm.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlanCacheTest {
    private static PlanCache.Key key(String requirement) {
        return new PlanCache.Key(requirement, "env", "1", List.of("a"));
    }

    private static GatePlan plan(String requirement) {
        return GatePlan.manual(requirement, List.of(), CombinationRule.equalSum("a"));
    }

    @Test
    void keepsTheMostRecentlyUsedPlans() {
        PlanCache cache = new PlanCache(2);
        AtomicInteger loads = new AtomicInteger();
        cache.get(key("x"), () -> { loads.incrementAndGet(); return plan("x"); });
        cache.get(key("y"), () -> { loads.incrementAndGet(); return plan("y"); });
        cache.get(key("x"), () -> { loads.incrementAndGet(); return plan("x"); });
        cache.get(key("z"), () -> { loads.incrementAndGet(); return plan("z"); });
        assertThat(cache.size()).isEqualTo(2);
        cache.get(key("x"), () -> { loads.incrementAndGet(); return plan("x"); });
        assertThat(loads).hasValue(3);
        cache.get(key("y"), () -> { loads.incrementAndGet(); return plan("y"); });
        assertThat(loads).hasValue(4);
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFailedLoadIsThrownAndForgotten() {
        PlanCache cache = new PlanCache(4);
        assertThatThrownBy(() -> cache.get(key("x"), () -> { throw new IllegalStateException("boom"); }))
                .hasMessage("boom");
        assertThat(cache.size()).isZero();
        assertThat(cache.get(key("x"), () -> plan("x")).requirement()).isEqualTo("x");
    }
}
