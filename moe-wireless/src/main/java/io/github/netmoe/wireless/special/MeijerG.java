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
 * <h2>Method: Mellin–Barnes integral on a shifted vertical line, residues crossed on the way</h2>
 * Where δ = m + n − (p + q)/2 &gt; 0, |Φ(c + it)| decays like e<sup>−πδ|t|</sup>, so the integral over
 * a vertical line Re s = c between the left poles (a<sub>j</sub> − 1 − k, j &le; n) and the right poles
 * (b<sub>j</sub> + k, j &le; m) converges exponentially and the trapezoidal rule converges geometrically
 * in the step h, with error about exp(−2πd/h) for a pole-free strip of half-width d (Trefethen and
 * Weideman, SIAM Rev. 56, 2014). The line that separates the poles is often badly conditioned
 * (cancellation in the oscillating integrand), so it is moved, in the direction in which z<sup>s</sup>
 * decays (right for z &lt; 1, left for z &ge; 1), across the poles to the strip where
 * |Φ(c) z<sup>c</sup>| is smallest (a saddle point: the line is there locally steepest descent). Strips
 * are scored at their midpoints (golden-section search only for a half-infinite strip, and for the
 * chosen one where the midpoint test below needs it);
 * the search stops after three strips without improvement. Where the best score falls below
 * e<sup>−50</sup> times the residue sum so far the line integral (bounded by that score times a width
 * of order one) is dropped. The residues of the crossed poles are added (left) or subtracted (right):
 * <ul>
 *   <li>a pole of exactly one numerator Γ: in closed form, (−1)<sup>k</sup>/k! times the other factors
 *       at the pole (real ln Γ), one evaluation (a vanishing denominator Γ gives 0);</li>
 *   <li>an exact pole of any order k &le; 6 (e.g. the double and triple poles of (0, 1; m, 0, 0), where
 *       coincident parameters and integer-spaced ones meet): the principal part from the Laurent
 *       expansions of the Γ factors (digamma and polygamma of the regular ones, harmonic numbers of the
 *       singular ones; {@link PoleLaurent}), one pass over the factors, no circle;</li>
 *   <li>clusters of distinct poles closer than 0.3 (and the rare exact pole that the above declines):
 *       (1/2πi)∮ by the trapezoidal rule on the upper half of a circle
 *       (Φ(s̄) = conj Φ(s)) of radius min(R/3, 0.75/|ln z|) for one pole (smaller radii lose digits
 *       to the cancellation of a multiple pole's Laurent terms),
 *       √(ρ<sub>c</sub>R) for a cluster of half-width ρ<sub>c</sub>, R the distance of the next pole.
 *       Nodes are doubled (first comparison 8 → 16) until the change, times the expected gain of one
 *       more doubling, max(ρ<sup>N</sup>/(1 − ρ<sup>N</sup>), f) at the geometric rate ρ (radius/R or
 *       ρ<sub>c</sub>/radius; f = 1e-7 for one pole, 1e-3 for a spread cluster), is below 1e-16 of the
 *       value.</li>
 * </ul>
 * The line sits at the strip's midpoint (larger d) where |Φ z<sup>c</sup>| there is within a factor e
 * of the saddle's (decided from the quadratic model at the midpoint, predicted gain &le; 1/2, or else
 * after a golden-section search for the saddle), otherwise at the saddle. The plain step is
 * h = min(0.5 w, 2π·0.8 d/34, 0.5), w the Gaussian width at the line, d the distance to the nearest
 * pole (aliasing error about e<sup>−34</sup>). The pole limit is lifted by subtracting the aliasing of
 * the poles themselves: for a principal part Σ c<sub>j</sub>(s − p)<sup>−j</sup> the trapezoidal sum
 * on Re s = p + a exceeds the integral by Σ c<sub>j</sub> E<sub>j</sub>(a) in closed form
 * ({@link PoleLaurent#aliasing}, {@link LineQuadrature}); with the poles within 3.5 of the line
 * corrected (and farther ones outward until two in a row are below 1e-18 of the result) the step is
 * min(0.5 w<sub>reg</sub>, 2π·0.8·3.5/34, 0.5), w<sub>reg</sub> the width of the rest after the pole factors, e.g. 0.5 instead
 * of 0.074 at z = 1 on the data-rate family. Where a principal part is not available, or the pole list
 * ends before the corrections become negligible, the plain step is used. The line is cut where
 * |f| &lt; 1e-17 of the sum. Φ itself is evaluated by {@link MellinBarnesIntegrand}
 * (one complex ln Γ per group of parameters that differ by integers).
 *
 * <h2>Domain and accuracy</h2>
 * Requires δ &gt; 0 and max<sub>j&le;n</sub>(a<sub>j</sub> − 1) &lt; min<sub>j&le;m</sub> b<sub>j</sub>
 * (a separating line exists), z finite and &gt; 0. Measured against 40-digit mpmath references
 * ({@code meijer_g.csv}: e<sup>−z</sup>, z<sup>b</sup>e<sup>−z</sup>, ln(1 + z), 2K<sub>ν</sub>(2√z),
 * Γ(a, z), γ(a, z), Γ(ρ)(1 + z)<sup>−ρ</sup> for z in [0.017, 19.5], and the data-rate family
 * (0, 1; m, 0, 0) for m in [0.5, 33.3], z in [1.3e-3, 1.9e3]): relative error below 2.3e-14, printed by
 * {@code MeijerGTest}. Results that are exponentially small compared with the integrand on every
 * admissible line (e.g. e<sup>−z</sup> for z ≳ 40 when there is nothing to shift across) lose
 * accuracy in proportion. Cost on the data-rate family (m = 1, 10, 64; z = 1e-4, 1, 1e3): 6–20
 * evaluations of Φ at about 0.2–0.3 µs and up to 6 Laurent expansions for z &ne; 1, 35–40 evaluations
 * and about 12 Laurent expansions for z = 1 (the line stays): 6–16 µs (JMH).
 *
 * <p>Thread-safe (stateless).
 */
public final class MeijerG {
    private static final int MAX_POLES = 80;
    private static final double CLUSTER_GAP = 0.3;
    private static final int MAX_CIRCLE_NODES = 1024;
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
        MellinBarnesIntegrand f = new MellinBarnesIntegrand(a1n.clone(), anp.clone(), b1m.clone(), bmq.clone(), Math.log(z));
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
                double residue = cluster.length == 1 ? f.simpleResidue(cluster[0], MAX_POLES) : Double.NaN;
                if (Double.isNaN(residue) && cluster.length == 1) {
                    double[] principal = PoleLaurent.principalPart(f, cluster[0], MAX_POLES);
                    residue = principal == null ? Double.NaN : principal.length == 0 ? 0 : principal[0];
                }
                if (Double.isNaN(residue)) {
                    residue = residue(f, cluster, nearestOther(right, left, cluster));
                }
                partial[crossed + 1] = partial[crossed] + (moveRight ? -residue : residue);
            }
            if (k > 0 && score < Math.log(Math.abs(partial[k])) - NEGLIGIBLE_LINE) {
                return partial[k];
            }
        }
        double[] strip = strip(crossing, clusterEnd, best, moveRight, lo, hi);
        // the strip's midpoint allows a longer step (h is proportional to the pole distance); take it
        // where that costs at most a factor e in |Phi(c) z^c| (the conditioning of the line integral),
        // directly where the quadratic model of the convex ln|Phi(c) z^c| at the midpoint predicts a
        // gain of at most 1/2 at the saddle, else after the golden-section search
        double mid = 0.5 * (strip[0] + strip[1]);
        double c = mid;
        if (!Double.isFinite(mid) || saddleGain(f, mid) > 0.5) {
            c = centre(f, strip);
            if (Double.isFinite(mid) && f.logMagnitude(mid) <= f.logMagnitude(c) + 1) {
                c = mid;
            }
        }
        double[] all = new double[left.length + right.length];
        System.arraycopy(left, 0, all, 0, left.length);
        System.arraycopy(right, 0, all, left.length, right.length);
        double distance = Math.min(c - strip[0], strip[1] - c);
        return LineQuadrature.integral(f, c, distance, all, MAX_POLES) + partial[best];
    }

    /** Drop of ln|Phi(c) z^c| from x to the minimum predicted by its quadratic model at x. */
    private static double saddleGain(MellinBarnesIntegrand f, double x) {
        double fm = f.logMagnitude(x - 1e-3);
        double f0 = f.logMagnitude(x);
        double fp = f.logMagnitude(x + 1e-3);
        double d1 = (fp - fm) / 2e-3;
        double d2 = (fp - 2 * f0 + fm) / 1e-6;
        return d2 > 0 ? d1 * d1 / (2 * d2) : Double.POSITIVE_INFINITY;
    }

    /** The midpoint of a finite strip, else the minimiser of |Phi(c) z^c| (for scoring strips). */
    private static double roughCentre(MellinBarnesIntegrand f, double[] strip) {
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
        int distinct = 0;
        for (int j = 0; j < all.length; j++) {
            if (j == 0 || all[j] != all[distinct - 1]) {
                all[distinct++] = all[j];
            }
        }
        return Arrays.copyOf(all, distinct);
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
    private static double centre(MellinBarnesIntegrand f, double[] strip) {
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

    /** Sum of residues of Phi(s) z^s inside a circle around the cluster (adaptive, class comment). */
    private static double residue(MellinBarnesIntegrand f, double[] cluster, double outer) {
        double a = Math.min(cluster[0], cluster[cluster.length - 1]);
        double b = Math.max(cluster[0], cluster[cluster.length - 1]);
        double centre = 0.5 * (a + b);
        double inner = 0.5 * (b - a);
        // radius: geometric mean of the cluster half-width and the next pole's distance (equal ratios
        // inside and outside); for a single pole at most outer/3 and 0.75/|ln z| (see the class comment)
        double r = inner > 0 ? Math.sqrt(inner * outer) : Math.min(outer / 3, 0.75 / Math.max(1e-300, Math.abs(f.lnZ)));
        double[] v = new double[2];
        // acc = g(0) + g(pi) + 2 sum of g at the interior upper nodes, g = Re(Phi z^s (s - centre))
        f.value(centre + r, 0, v);
        double acc = v[0] * r;
        double scale = Math.abs(acc);
        f.value(centre - r, 0, v);
        acc -= v[0] * r;
        scale = Math.max(scale, Math.abs(v[0] * r));
        // convergence ratio of the trapezoidal rule: the annulus between the cluster and the next pole
        double rho = Math.max(inner / r, r / outer);
        double previous = Double.NaN;
        for (int nodes = 2; nodes <= MAX_CIRCLE_NODES; nodes *= 2) {
            // new nodes of the circle with `nodes` points: odd multiples of 2 pi / nodes in (0, pi)
            for (int j = 1; j < nodes / 2; j += 2) {
                double theta = 2 * Math.PI * j / nodes;
                double dx = r * Math.cos(theta);
                double dy = r * Math.sin(theta);
                f.value(centre + dx, dy, v);
                double term = v[0] * dx - v[1] * dy;
                acc += 2 * term;
                scale = Math.max(scale, Math.abs(term));
            }
            double current = acc / nodes;
            // geometric convergence at rate rho^nodes: the error left after this level is about
            // |current - previous| rho^(nodes/2) / (1 - rho^(nodes/2)), assumed at most 1e-7 of it for
            // one pole (radius <= R/3 and 0.75/|ln z|) and 1e-3 of it for a spread cluster
            double q = Math.pow(rho, nodes / 2);
            q = Math.max(q / (1 - q), inner > 0 ? 1e-3 : 1e-7);
            if (nodes >= 16 && Math.abs(current - previous) * q <= 1e-16 * Math.abs(current) + 1e-18 * scale) {
                return current;
            }
            previous = current;
        }
        return previous;
    }
}
