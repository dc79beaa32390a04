package io.github.netmoe.wireless;

import java.util.Locale;

/**
 * Prints the Markdown table of OP, 1 − OP, DR and TP at the paper's parameters (M = 10, θ = 6, D = 10,
 * α = 2, σ² = 1, B = 1 MHz, γ<sub>th</sub> = 10) for P = 1..100 W, as included in
 * {@code docs/wireless.md}. Run after {@code mvn -Dnetmoe.build.dir=target-wireless -pl moe-wireless
 * -am test-compile}:
 * {@code java -cp moe-wireless/target-wireless/classes:moe-wireless/target-wireless/test-classes:$CP
 * io.github.netmoe.wireless.PaperTableGenerator} with {@code $CP} holding moe-core and hipparchus-core.
 */
public final class PaperTableGenerator {
    private PaperTableGenerator() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        MrtLink link = new MrtLink(10, 6, 10, 2, 1);
        System.out.println("| P (W) | s = E[γ]/M | OP | 1 − OP | DR (bit/s) | TP (bit/s) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int p = 1; p <= 100; p++) {
            double tp = link.throughput(p, 1e6, 10);
            System.out.println(String.format(Locale.ROOT, "| %d | %.2f | %.6g | %.6g | %,.1f | %s |", p,
                    link.snrScale(p), link.outageProbability(p, 10), link.successProbability(p, 10),
                    link.dataRate(p, 1e6), tp >= 1 ? String.format(Locale.ROOT, "%,.1f", tp)
                            : String.format(Locale.ROOT, "%.4g", tp)));
        }
    }
}
