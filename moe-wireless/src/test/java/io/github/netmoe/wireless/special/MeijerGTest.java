package io.github.netmoe.wireless.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link MeijerG#evaluate} against {@code reference/meijer_g.csv}: seven classical reductions from
 * their closed forms (e<sup>−z</sup>, z<sup>1.7</sup>e<sup>−z</sup>, ln(1 + z), 2K<sub>0.7</sub>(2√z),
 * Γ(2.3, z), γ(2.3, z), Γ(1.6)(1 + z)<sup>−1.6</sup>) and the data-rate family G<sup>3,1</sup><sub>2,3</sub>(z |
 * 0, 1; m, 0, 0) from 40-digit quadrature, every row also matched by mpmath {@code meijerg}; generated
 * by {@code python3 moe-wireless/src/test/scripts/generate_reference.py}. Tolerance: the target,
 * 1e-12 relative; the measured maximum per family is printed.
 */
class MeijerGTest {

    @Test
    void matchesClassicalReductionsAndTheDataRateFamily() {
        ReferenceTable table = ReferenceTable.load("meijer_g.csv");
        Map<String, Double> worst = new TreeMap<>();
        for (String[] row : table.rows()) {
            String name = table.text(row, "name");
            double z = table.value(row, "z");
            double[] a1n = parse(table.text(row, "a1n"));
            double[] anp = parse(table.text(row, "anp"));
            double[] b1m = parse(table.text(row, "b1m"));
            double[] bmq = parse(table.text(row, "bmq"));
            double e = ReferenceTable.relativeError(MeijerG.evaluate(a1n, anp, b1m, bmq, z), table.exact(row, "G"));
            worst.merge(name, e, Math::max);
            assertThat(e).as("%s b1m = %s at z = %s", name, Arrays.toString(b1m), z).isLessThanOrEqualTo(1e-12);
        }
        System.out.println("MeijerG max rel error per family: " + worst);
        assertThat(worst).hasSizeGreaterThanOrEqualTo(6);
    }

    /**
     * The data-rate family at the benchmark points (z down to 1e-4, where the table has no rows) against
     * the independent closed form e^z sum E_n(z) of {@link ErgodicRate}, itself checked against mpmath
     * down to z = 1.4e-8 to 1e-15: G^{3,1}_{2,3}(z | 0,1; m,0,0) = Gamma(m) lnRate(m, z). Tolerance 1e-12,
     * the Meijer-G target.
     */
    @Test
    void dataRateFamilyEqualsTheClosedFormAtTheBenchmarkPoints() {
        for (int m : new int[] {1, 2, 10, 33, 64}) {
            for (double z : new double[] {1e-4, 3.7e-3, 0.21, 1, 17, 1e3}) {
                double g = MeijerG.evaluate(new double[] {0}, new double[] {1}, new double[] {m, 0, 0}, new double[0], z);
                double expected = Math.exp(org.hipparchus.special.Gamma.logGamma(m)) * ErgodicRate.lnRate(m, z);
                assertThat(Math.abs(g - expected) / expected).as("m = %d, z = %s", m, z).isLessThanOrEqualTo(1e-12);
            }
        }
    }

    @Test
    void rejectsInvalidArguments() {
        double[] none = {};
        assertThatThrownBy(() -> MeijerG.evaluate(none, none, new double[] {0}, none, 0))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("z = 0.0");
        assertThatThrownBy(() -> MeijerG.evaluate(none, none, new double[] {Double.NaN}, none, 1))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("b1m[0] = NaN");
        // sin: G^{1,0}_{0,2}(z | 1/2, 0) has m + n = (p + q)/2
        assertThatThrownBy(() -> MeijerG.evaluate(none, none, new double[] {0.5}, new double[] {0}, 1))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> MeijerG.evaluate(new double[] {3}, none, new double[] {0.5}, none, 1))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("separates");
    }

    private static double[] parse(String cell) {
        return cell.isEmpty() ? new double[0] : Arrays.stream(cell.split(";")).mapToDouble(Double::parseDouble).toArray();
    }
}
