package io.github.netmoe.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.netmoe.core.InvalidArgumentException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatsTest {
    /**
     * The Wilson interval is the set of p0 whose score statistic |p - p0| / sqrt(p0 (1 - p0) / n) is at
     * most z; so at an interior endpoint the statistic equals z. This characterisation is independent of
     * the closed form the class uses.
     */
    @Property
    void wilsonEndpointsSolveTheScoreTestEquation(@ForAll @IntRange(min = 1, max = 5000) int n,
                                                  @ForAll @IntRange(min = 0, max = 5000) int draw) {
        int k = draw % (n + 1); // every try is a valid proportion k/n
        Proportion p = new Proportion(k, n);
        for (double end : new double[] {p.lower95(), p.upper95()}) {
            if (end > 1e-12 && end < 1 - 1e-12) {
                double score = Math.abs(p.rate() - end) / Math.sqrt(end * (1 - end) / n);
                assertThat(score).isCloseTo(Proportion.Z95, within(1e-6));
            }
        }
        assertThat(p.lower95()).isLessThanOrEqualTo(p.rate());
        assertThat(p.upper95()).isGreaterThanOrEqualTo(p.rate());
    }

    @Test
    void proportionValidates() {
        assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("successes = 3, trials = 2");
        assertThat(new Proportion(0, 10).lower95()).isZero();
        assertThat(new Proportion(10, 10).upper95()).isEqualTo(1.0);
    }

    @Test
    void summaryMatchesTwoPassFormulas() {
        double[] v = {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16};
        Summary s = Summary.of(v);
        // two-pass on the offsets 4, 7, 13, 16: mean 10, squared deviations 36 + 9 + 9 + 36 = 90, var 30
        assertThat(s.mean()).isEqualTo(1e9 + 10);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(30), within(1e-6));
        assertThat(s.min()).isEqualTo(1e9 + 4);
        assertThat(s.max()).isEqualTo(1e9 + 16);
        assertThat(s.halfWidth95()).isCloseTo(Proportion.Z95 * Math.sqrt(30) / 2, within(1e-6));
        assertThatThrownBy(() -> Summary.of()).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Summary.of(1, Double.NaN)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("values[1] = NaN must be finite");
    }
}
