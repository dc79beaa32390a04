package io.github.netmoe.wireless.special;

import io.github.netmoe.core.ConvergenceException;

/**
 * The line integral of {@link MeijerG}: (1/2πi)∫ over Re s = c, by symmetry (Φ(s̄) = conj Φ(s))
 * (1/π) Re ∫<sub>0</sub><sup>∞</sup> Φ(c + it) z<sup>c+it</sup> dt, by the trapezoidal rule. The plain
 * step h = min(0.5 w, 2π·0.8 d/34, 0.5) (w the Gaussian width 1/√(ln|Φ z<sup>c</sup>|)'' at c, d the
 * distance to the nearest pole) is limited by the poles; here their aliasing is subtracted in closed
 * form ({@link PoleLaurent#aliasing}) for the poles closer than {@value #CORRECTED_REACH} (and farther
 * ones, outward on each side, until two in a row contribute less than 1e-18 of the result), so that
 * the step is min(0.5 w<sub>reg</sub>, 2π·0.8 D/34, 0.5), w<sub>reg</sub> from the curvature less the
 * k/(c − p)<sup>2</sup> of the corrected poles, D the distance to the nearest uncorrected pole. The
 * plain step is used where it is not shorter, where a principal part is not available, or where the
 * pole list ends before the corrections become negligible.
 */
final class LineQuadrature {
    private static final int MAX_LINE_NODES = 200_000;
    /** Poles closer than this to the line have their trapezoidal aliasing subtracted. */
    private static final double CORRECTED_REACH = 3.5;

    private LineQuadrature() {
    }

    /**
     * (1/2πi)∫ Φ(s) z<sup>s</sup> ds over Re s = c (class comment).
     *
     * @param f the integrand
     * @param c abscissa of the line, not a pole
     * @param poleDistance distance from c to the nearest pole
     * @param poles all candidate pole positions, ascending (as built by {@code MeijerG.poles}; a
     *              non-empty end of the list is a truncation, the sequence goes on beyond it)
     * @param maxPoles number of poles per parameter in the list
     * @return the line integral
     * @throws ConvergenceException if more than {@value #MAX_LINE_NODES} nodes are needed
     */
    static double integral(MellinBarnesIntegrand f, double c, double poleDistance, double[] poles, int maxPoles) {
        double d2 = (f.logMagnitude(c + 1e-3) - 2 * f.logMagnitude(c) + f.logMagnitude(c - 1e-3)) / 1e-6;
        double width = d2 > 1e-12 ? 1 / Math.sqrt(d2) : 1e6;
        double h = Math.min(0.5, Math.min(0.5 * width, 2 * Math.PI * 0.8 * poleDistance / 34));
        int above = 0;
        while (above < poles.length && poles[above] < c) {
            above++;
        }
        // principal parts of the poles within reach; the regular rest sets the step
        double[][] principal = new double[poles.length][];
        double d2Regular = d2;
        double uncorrected = Double.POSITIVE_INFINITY;
        boolean ok = true;
        for (int i = 0; i < poles.length && ok; i++) {
            double a = Math.abs(c - poles[i]);
            if (a < CORRECTED_REACH) {
                principal[i] = PoleLaurent.principalPart(f, poles[i], maxPoles);
                ok = principal[i] != null;
                d2Regular -= ok ? principal[i].length / (a * a) : 0;
            } else {
                uncorrected = Math.min(uncorrected, a);
            }
        }
        double widthRegular = d2Regular > 1e-12 ? 1 / Math.sqrt(d2Regular) : 1e6;
        double hCorrected = Math.min(0.5, Math.min(0.5 * widthRegular, 2 * Math.PI * 0.8 * uncorrected / 34));
        if (!ok || hCorrected <= h) {
            return trapezoid(f, c, h, width);
        }
        double t = trapezoid(f, c, hCorrected, width);
        double correction = 0;
        // inner poles, then outward on each side until two in a row are negligible
        for (int side = -1; side <= 1; side += 2) {
            int negligible = 0;
            int i = side < 0 ? above - 1 : above;
            for (; i >= 0 && i < poles.length && negligible < 2; i += side) {
                double a = c - poles[i];
                if (principal[i] == null) {
                    principal[i] = PoleLaurent.principalPart(f, poles[i], maxPoles);
                    if (principal[i] == null) {
                        return trapezoid(f, c, h, width);
                    }
                }
                double term = PoleLaurent.aliasing(principal[i], a, hCorrected);
                correction += term;
                boolean inside = Math.abs(a) < CORRECTED_REACH;
                negligible = !inside && Math.abs(term) <= 1e-18 * Math.abs(t) ? negligible + 1 : 0;
            }
            if (negligible < 2 && (i < 0 || i >= poles.length)) {
                // the pole list (MAX_POLES per parameter) ends before the corrections became negligible
                return trapezoid(f, c, h, width);
            }
        }
        return t - correction;
    }

    /** (h/π)(f(c)/2 + Σ<sub>k&ge;1</sub> Re f(c + ikh)), cut where |f| &lt; 1e-17 of the sum. */
    private static double trapezoid(MellinBarnesIntegrand f, double c, double h, double width) {
        double[] v = new double[2];
        f.value(c, 0, v);
        double sum = 0.5 * v[0];
        double scale = Math.abs(v[0]);
        int small = 0;
        for (int k = 1; k < MAX_LINE_NODES; k++) {
            sum += f.realValue(c, k * h);
            double mag = f.lastMagnitude;
            scale = Math.max(scale, mag);
            if (mag < 1e-17 * Math.max(Math.abs(sum), 1e-300 + 1e-3 * scale) && k * h > 3 * Math.min(width, 50)) {
                if (++small >= 4) {
                    return h * sum / Math.PI;
                }
            } else {
                small = 0;
            }
        }
        throw new ConvergenceException("MeijerG line integral at Re s = " + c + " needs more than "
                + MAX_LINE_NODES + " nodes");
    }
}
