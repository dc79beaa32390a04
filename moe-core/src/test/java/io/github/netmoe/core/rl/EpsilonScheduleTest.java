package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of {@link DqnConfig#epsilon(long)}. */
class EpsilonScheduleTest {

    /** The schedule starts at epsilonStart, ends at epsilonEnd and never increases. */
    @Property(tries = 300)
    void epsilonFallsLinearlyFromStartToEnd(@ForAll @DoubleRange(min = 0, max = 1) double start,
                                            @ForAll @DoubleRange(min = 0, max = 1) double fraction,
                                            @ForAll @IntRange(min = 1, max = 100_000) int decay,
                                            @ForAll @LongRange(min = 0, max = 200_000) long step) {
        DqnConfig c = DqnConfig.builder().epsilonStart(start).epsilonEnd(start * fraction).epsilonDecaySteps(decay)
                .build();
        assertThat(c.epsilon(0)).isEqualTo(start);
        assertThat(c.epsilon(decay)).isEqualTo(start * fraction);
        assertThat(c.epsilon(step)).isBetween(start * fraction - 1e-15, start + 1e-15);
        assertThat(c.epsilon(step + 1)).isLessThanOrEqualTo(c.epsilon(step) + 1e-15);
    }
}
