package io.github.netmoe.wireless.special;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ConvergenceException;
import io.github.netmoe.core.InvalidArgumentException;
import java.util.Arrays;

/**
 * Meijer G-function of real parameters and positive real argument (DLMF 16.17.1),
 * <pre>
 * G^{m,n}_{p,q}(z | a; b) = (1/2πi) ∫_L Φ(s) z^s ds,
 * Φ(s) = Π_{j&le;m} Γ(b_j − s) Π_{j&le;n} Γ(1 − a_j + s) / (Π_{j&gt;m} Γ(1 − b_j + s) Π_{j&gt;n} Γ(a_j − s)),
 * </pre>
 * with the parameter split of mpmath's {@code meijerg([a1n, anp], [b1m, bmq], z)}.
 *
 * <h2>Method: Mellin–Barnes integral on a shifted vertical line, residues by contour quadrature</h2>
 * Where δ = m + n − (p + q)/2 &gt; 0, |Φ(c + it)| decays like e<sup>−πδ|t|</sup>, so the integral over
 * a vertical line Re s = c between the left poles (a<sub>j</sub> − 1 − k, j &le; n) and the right poles
 * (b<sub>j</sub> + k, j &le; m) converges exponentially and the trapezoidal rule converges geometrically
 * in the step h, with error about exp(−2πd/h) for a pole-free strip of half-width d (Trefethen and
 * Weideman, SIAM Rev. 56, 2014). The line that separates the poles is often badly conditioned: the
 * value can be far smaller than |Φ(c) z<sup>c</sup>| (cancellation in the oscillating integrand). So
 * the line is moved, in the direction in which z<sup>s</sup> decays (right for z &lt; 1, left for
 * z &ge; 1), across the poles, to the strip where |Φ(c) z<sup>c</sup>| is smallest; the minimum of
 * |Φ(c)z<sup>c</sup>| on the real axis is a saddle point, so the line is there locally a steepest-descent
 * path and the integrand hardly oscillates. Candidate strips are scored by |Φ(c)z<sup>c</sup>| at their
 * midpoint (golden-section search only for the chosen strip or a half-infinite one); the search stops
 * after three strips without improvement. Where the best score falls below e<sup>−50</sup> times the
 * residue sum so far (a convergent residue series: small z moving right, or the first terms of the
 * asymptotic series for large z moving left) the line integral is dropped: it is bounded by that
 * score times a width of order one. The residues of the crossed poles are added
 * (left) or subtracted (right), each computed as (1/2πi)∮ by the trapezoidal rule on a small circle
 * (geometric convergence for periodic analytic integrands). This treats coalescing, integer-spaced
 * parameters such as the triple poles of (0, 1; m, 0, 0) exactly like simple poles: no limits, no
 * digamma series, no special cases. Poles closer than 0.3 are enclosed by one circle.
 * The step is h = min(0.5 w, 2π·0.8 d/40, 0.5), w the Gaussian width of the integrand at the saddle,
 * d the distance of the line from the nearest pole; the line is cut where |f| &lt; 1e-18 of the sum.
 *
 * <h2>Domain and accuracy</h2>
 * Requires δ &gt; 0 and max<sub>j&le;n</sub>(a<sub>j</sub> − 1) &lt; min<sub>j&le;m</sub> b<sub>j</sub>
 * (a separating line exists), z finite and &gt; 0. Measured against 40-digit mpmath references
 * ({@code meijer_g.csv}: e<sup>−z</sup>, z<sup>b</sup>e<sup>−z</sup>, ln(1 + z), 2K<sub>ν</sub>(2√z),
 * Γ(a, z), γ(a, z), Γ(ρ)(1 + z)<sup>−ρ</sup> for z in [0.017, 19.5], and the data-rate family
 * (0, 1; m, 0, 0) for m in [0.5, 33.3], z in [1.3e-3, 1.9e3]): relative error below 1e-12, printed by
 * {@code MeijerGTest}. Results that are exponentially small compared with the integrand on every
 * admissible line (e.g. e<sup>−z</sup> for z ≳ 40 when there is nothing to shift across) lose
 * accuracy in proportion. Cost: about 200–1000 evaluations of Φ (5 complex ln Γ each; 0.1–0.5 ms)
 * on the data-rate family.
 *
 * <p>Thread-safe (stateless).
 */
public final class MeijerG {
    private static final int MAX_POLES = 80;
    private static final double CLUSTER_GAP = 0.3;
    private static final int CIRCLE_NODES = 48;
    private static final int MAX_LINE_NODES = 200_000;
    /** ln of the margin by which |Phi(c) z^c| must undercut the residue sum to drop the line (e^-50). */
    private static final double NEGLIGIBLE_LINE = 50;

    private MeijerG() {
    }

    /**
     * Evaluates G<sup>m,n</sup><sub>p,q</sub>(z | a<sub>1..n</sub>, a<sub>n+1..p</sub>;
     * b<sub>1..m</sub>, b<sub>m+1..q</sub>) by the shifted Mellin–Barnes integral (class comment).
     *
     * @param a1n a<sub>1</sub>..a<sub>n</sub> (numerator Γ(1 − a<sub>j</sub> + s)), finite
     * @param anp a<sub>n+1</sub>..a<sub>p</sub> (denominator Γ(a<sub>j</sub> − s)), finite
     * @param b1m b<sub>1</sub>..b<sub>m</sub> (numerator Γ(b<sub>j</sub> − s)), finite
     * @param bmq b<sub>m+1</sub>..b<sub>q</sub> (denominator Γ(1 − b<sub>j</sub> + s)), finite
     * @param z argument, finite and &gt; 0
     * @return the real value of the G-function, relative error &lt; 1e-12 on the tested families
     * @throws InvalidArgumentException if an array is null or holds a non-finite value, z is not
     *                                  finite and positive, δ = m + n − (p + q)/2 &le; 0, or no vertical
     *                                  line separates the two pole sequences
     * @throws ConvergenceException if the line quadrature needs more than 200 000 nodes
     */
    public static double evaluate(double[] a1n, double[] anp, double[] b1m, double[] bmq, double z) {
        Arguments.requireAllFinite("a1n", a1n);
        Arguments.requireAllFinite("anp", anp);
        Arguments.requireAllFinite("b1m", b1m);
        Arguments.requireAllFinite("bmq", bmq);
        Arguments.requirePositive("z", z);
        Integrand f = new Integrand(a1n.clone(), anp.clone(), b1m.clone(), bmq.clone(), Math.log(z));
        int m = b1m.length;
        int n = a1n.length;
        double delta = m + n - (a1n.length + anp.length + b1m.length + bmq.length) / 2.0;
        if (!(delta > 0)) {
            throw new InvalidArgumentException("m + n - (p + q)/2 = " + delta + " must be > 0 (m = " + m
                    + ", n = " + n + ", p = " + (n + anp.length) + ", q = " + (m + bmq.length) + ")");
        }
        double[] right = poles(b1m, 1);
        double[] left = poles(shift(a1n, -1), -1);
        double lo = left.length == 0 ? Double.NEGATIVE_INFINITY : left[left.length - 1];
        double hi = right.length == 0 ? Double.POSITIVE_INFINITY : right[0];
        if (!(lo < hi)) {
            throw new InvalidArgumentException("max(a1n) - 1 = " + lo + " must be < min(b1m) = " + hi
                    + " (no vertical Mellin-Barnes contour separates the poles)");
        }
        boolean moveRight = z < 1;
        double[] crossing = moveRight ? right : reversed(left);
        // score the strips by |Phi(c) z^c| at their centres while it falls; the residues of the crossed
        // clusters are summed up to each new best strip, and once |Phi(c) z^c| there is negligible against
        // that sum (the line integral is bounded by it times a width of order one), the line is dropped
        int[] clusterEnd = clusterEnds(crossing);
        double[] partial = new double[clusterEnd.length + 1];
        int crossed = 0;
        int best = 0;
        double bestScore = Double.POSITIVE_INFINITY;
        int worse = 0;
        for (int k = 0; k <= clusterEnd.length; k++) {
            double score = f.logMagnitude(roughCentre(f, strip(crossing, clusterEnd, k, moveRight, lo, hi)));
            if (!(score < bestScore - 1e-9)) {
                if (++worse >= 3) {
                    break;
                }
                continue;
            }
            bestScore = score;
            best = k;
            worse = 0;
            for (; crossed < k; crossed++) {
                double[] cluster = Arrays.copyOfRange(crossing, crossed == 0 ? 0 : clusterEnd[crossed - 1],
                        clusterEnd[crossed]);
                double residue = residue(f, cluster, nearestOther(right, left, cluster));
                partial[crossed + 1] = partial[crossed] + (moveRight ? -residue : residue);
            }
            if (k > 0 && score < Math.log(Math.abs(partial[k])) - NEGLIGIBLE_LINE) {
                return partial[k];
            }
        }
        double[] strip = strip(crossing, clusterEnd, best, moveRight, lo, hi);
        double c = centre(f, strip);
        return line(f, c, Math.min(c - strip[0], strip[1] - c)) + partial[best];
    }

    /** The midpoint of a finite strip, else the minimiser of |Phi(c) z^c| (for scoring strips). */
    private static double roughCentre(Integrand f, double[] strip) {
        return Double.isInfinite(strip[0]) || Double.isInfinite(strip[1]) ? centre(f, strip)
                : 0.5 * (strip[0] + strip[1]);
    }

    private static double[] shift(double[] a, double by) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] + by;
        }
        return r;
    }

    /** Pole positions start + direction·k, k = 0..MAX_POLES-1, sorted ascending, duplicates merged. */
    private static double[] poles(double[] starts, int direction) {
        double[] all = new double[starts.length * MAX_POLES];
        int i = 0;
        for (double s : starts) {
            for (int k = 0; k < MAX_POLES; k++) {
                all[i++] = s + direction * k;
            }
        }
        Arrays.sort(all);
        return Arrays.stream(all).distinct().toArray();
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** Exclusive end index of each cluster in crossing order (gap &lt; CLUSTER_GAP joins poles). */
    private static int[] clusterEnds(double[] crossing) {
        int[] ends = new int[crossing.length];
        int count = 0;
        for (int i = 1; i <= crossing.length; i++) {
            if (i == crossing.length || Math.abs(crossing[i] - crossing[i - 1]) >= CLUSTER_GAP) {
                ends[count++] = i;
            }
        }
        // the last cluster is not followed by a known gap: never cross it
        return Arrays.copyOf(ends, Math.max(0, count - 1));
    }

    /** The strip {lo, hi} after crossing k clusters. */
    private static double[] strip(double[] crossing, int[] ends, int k, boolean right, double lo, double hi) {
        if (k == 0) {
            return new double[] {lo, hi};
        }
        double last = crossing[ends[k - 1] - 1];
        double next = crossing[ends[k - 1]];
        return right ? new double[] {last, next} : new double[] {next, last};
    }

    /** Line position: minimiser of |Phi(c) z^c| in the strip, at least 0.3 widths from a finite end. */
    private static double centre(Integrand f, double[] strip) {
        double a;
        double b;
        if (Double.isInfinite(strip[0]) && Double.isInfinite(strip[1])) {
            a = -60;
            b = 60;
        } else if (Double.isInfinite(strip[0])) {
            b = strip[1] - 0.5;
            a = b - 60 - 4 * Math.abs(f.lnZ) - 4 * Math.exp(Math.min(Math.abs(f.lnZ), 8));
        } else if (Double.isInfinite(strip[1])) {
            a = strip[0] + 0.5;
            b = a + 60 + 4 * Math.abs(f.lnZ) + 4 * Math.exp(Math.min(Math.abs(f.lnZ), 8));
        } else {
            double w = strip[1] - strip[0];
            a = strip[0] + 0.3 * w;
            b = strip[1] - 0.3 * w;
        }
        // golden-section search (log|Phi z^c| is convex along the real axis between poles)
        double g = 0.6180339887498949;
        double x1 = b - g * (b - a);
        double x2 = a + g * (b - a);
        double f1 = f.logMagnitude(x1);
        double f2 = f.logMagnitude(x2);
        for (int i = 0; i < 60 && b - a > 1e-3; i++) {
            if (f1 < f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - g * (b - a);
                f1 = f.logMagnitude(x1);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + g * (b - a);
                f2 = f.logMagnitude(x2);
            }
        }
        return 0.5 * (a + b);
    }

    /** (1/2πi)∫ over Re s = c, by symmetry (1/π) Re ∫_0^∞ f(c + it) dt, trapezoidal rule. */
    private static double line(Integrand f, double c, double poleDistance) {
        double[] v = new double[2];
        double d2 = (f.logMagnitude(c + 1e-3) - 2 * f.logMagnitude(c) + f.logMagnitude(c - 1e-3)) / 1e-6;
        double width = d2 > 1e-12 ? 1 / Math.sqrt(d2) : 1e6;
        double h = Math.min(0.5, Math.min(0.5 * width, 2 * Math.PI * 0.8 * poleDistance / 40));
        f.value(c, 0, v);
        double sum = 0.5 * v[0];
        double scale = Math.abs(v[0]);
        int small = 0;
        for (int k = 1; k < MAX_LINE_NODES; k++) {
            f.value(c, k * h, v);
            sum += v[0];
            double mag = Math.hypot(v[0], v[1]);
            scale = Math.max(scale, mag);
            if (mag < 1e-18 * Math.max(Math.abs(sum), 1e-300 + 1e-3 * scale) && k * h > 3 * Math.min(width, 50)) {
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

    /** Distance from the cluster centre to the nearest pole outside the cluster. */
    private static double nearestOther(double[] right, double[] left, double[] cluster) {
        double centre = 0.5 * (cluster[0] + cluster[cluster.length - 1]);
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] set : new double[][] {right, left}) {
            for (double p : set) {
                boolean inside = p >= Math.min(cluster[0], cluster[cluster.length - 1]) - 1e-12
                        && p <= Math.max(cluster[0], cluster[cluster.length - 1]) + 1e-12;
                if (!inside) {
                    nearest = Math.min(nearest, Math.abs(p - centre));
                }
            }
        }
        return nearest;
    }

    /** Sum of residues of Phi(s) z^s inside a circle around the cluster (trapezoidal rule on the circle). */
    private static double residue(Integrand f, double[] cluster, double outer) {
        double a = Math.min(cluster[0], cluster[cluster.length - 1]);
        double b = Math.max(cluster[0], cluster[cluster.length - 1]);
        double centre = 0.5 * (a + b);
        double inner = 0.5 * (b - a);
        // radius: geometric mean of the cluster half-width and the distance to the next pole (equal
        // convergence ratios inside and outside); for a single pole at most outer/3, and small enough
        // that |z^s| varies by at most e^1.5 around the circle
        double r = inner > 0 ? Math.sqrt(inner * outer) : Math.min(outer / 3, 1.5 / Math.max(1e-300, Math.abs(f.lnZ)));
        int nodes = inner > 0 ? 2 * CIRCLE_NODES : CIRCLE_NODES;
        double[] v = new double[2];
        double sum = 0;
        for (int k = 0; k < nodes; k++) {
            double theta = 2 * Math.PI * (k + 0.5) / nodes;
            double dx = r * Math.cos(theta);
            double dy = r * Math.sin(theta);
            f.value(centre + dx, dy, v);
            sum += v[0] * dx - v[1] * dy;
        }
        return sum / nodes;
    }

    /** Φ(s) z^s for the given parameters. */
    private static final class Integrand {
        final double[] a1n;
        final double[] anp;
        final double[] b1m;
        final double[] bmq;
        final double lnZ;
        private final double[] g = new double[2];

        Integrand(double[] a1n, double[] anp, double[] b1m, double[] bmq, double lnZ) {
            this.a1n = a1n;
            this.anp = anp;
            this.b1m = b1m;
            this.bmq = bmq;
            this.lnZ = lnZ;
        }

        /** ln(Φ(x + iy) z^{x+iy}) into out = {re, im} (imaginary part modulo 2π). */
        void logValue(double x, double y, double[] out) {
            double re = x * lnZ;
            double im = y * lnZ;
            for (double b : b1m) {
                ComplexLogGamma.logGamma(b - x, -y, g);
                re += g[0];
                im += g[1];
            }
            for (double a : a1n) {
                ComplexLogGamma.logGamma(1 - a + x, y, g);
                re += g[0];
                im += g[1];
            }
            for (double b : bmq) {
                ComplexLogGamma.logGamma(1 - b + x, y, g);
                re -= g[0];
                im -= g[1];
            }
            for (double a : anp) {
                ComplexLogGamma.logGamma(a - x, -y, g);
                re -= g[0];
                im -= g[1];
            }
            out[0] = re;
            out[1] = im;
        }

        /** Φ(x + iy) z^{x+iy} into out = {re, im}. */
        void value(double x, double y, double[] out) {
            logValue(x, y, out);
            double mag = Math.exp(out[0]);
            double im = out[1];
            out[0] = mag * Math.cos(im);
            out[1] = mag * Math.sin(im);
        }

        /** ln|Φ(c) z^c| for real c. */
        double logMagnitude(double c) {
            double[] out = new double[2];
            logValue(c, 0, out);
            return out[0];
        }
    }
}
