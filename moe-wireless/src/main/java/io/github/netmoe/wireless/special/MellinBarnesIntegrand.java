package io.github.netmoe.wireless.special;

import java.util.Arrays;

/**
 * Φ(s) z<sup>s</sup> of {@link MeijerG} for fixed parameters. Every Γ factor is Γ(σs + c)<sup>±1</sup>
 * with σ = −1 (b<sub>1..m</sub> numerator, a<sub>n+1..p</sub> denominator) or σ = +1
 * (1 − a<sub>1..n</sub> numerator, 1 − b<sub>m+1..q</sub> denominator). Factors with the same σ whose c
 * differ by integers (at most {@value #MAX_OFFSET}) share one complex ln Γ(w), w = σs + c<sub>min</sub>,
 * through Γ(w + k) = (w)<sub>k</sub> Γ(w) (DLMF 5.2.5); equal numerator and denominator factors cancel.
 * The Pochhammer products and the upward-shift products of every ln Γ are collected in one quotient
 * N/D, whose logarithm is taken once per point; reflection (DLMF 5.5.3) is used only below
 * Re w = −{@value #REFLECT_BELOW}, above that the shift alone reaches the Stirling region. On the
 * data-rate family (0, 1; m, 0, 0) a point costs two ln Γ (three for m &gt; {@value #MAX_OFFSET})
 * instead of five with their own logarithms and reflections. The products add a relative error of
 * about (number of factors)·eps, comparable with that of ln Γ itself. One instance per call (mutable
 * scratch state, not thread-safe).
 */
final class MellinBarnesIntegrand {
    private static final int MAX_OFFSET = 16;
    private static final int REFLECT_BELOW = 24;
    /** Parameters a<sub>1..n</sub>. */
    final double[] a1n;
    /** Parameters a<sub>n+1..p</sub>. */
    final double[] anp;
    /** Parameters b<sub>1..m</sub>. */
    final double[] b1m;
    /** Parameters b<sub>m+1..q</sub>. */
    final double[] bmq;
    /** ln z. */
    final double lnZ;
    /** Per group: σ, base c, net power of ln Γ(w); offsets and signs of the members, offsets ascending. */
    private final int[] sigma;
    private final double[] base;
    private final int[] power;
    private final int[][] offsets;
    private final int[][] signs;
    private final double[] g = new double[2];
    private final double[] scratch = new double[2];
    /** Per evaluation: ln Φ so far, and the quotient N/D·e^lnScale of the products still to take ln of. */
    private double re;
    private double im;
    private double nr;
    private double ni;
    private double dr;
    private double di;
    private double lnScale;
    /** |Φ z^s| of the latest {@link #value} call. */
    double lastMagnitude;

    /**
     * Groups the Γ factors (class comment); the arrays are kept, not copied.
     *
     * @param a1n a<sub>1..n</sub>
     * @param anp a<sub>n+1..p</sub>
     * @param b1m b<sub>1..m</sub>
     * @param bmq b<sub>m+1..q</sub>
     * @param lnZ ln z
     */
    MellinBarnesIntegrand(double[] a1n, double[] anp, double[] b1m, double[] bmq, double lnZ) {
        this.a1n = a1n;
        this.anp = anp;
        this.b1m = b1m;
        this.bmq = bmq;
        this.lnZ = lnZ;
        int count = a1n.length + anp.length + b1m.length + bmq.length;
        // factors as {sigma, c, sign}, sorted by sigma then c, then grouped greedily from the smallest c
        double[][] factors = new double[count][];
        int i = 0;
        for (double b : b1m) {
            factors[i++] = new double[] {-1, b, 1};
        }
        for (double a : anp) {
            factors[i++] = new double[] {-1, a, -1};
        }
        for (double a : a1n) {
            factors[i++] = new double[] {1, 1 - a, 1};
        }
        for (double b : bmq) {
            factors[i++] = new double[] {1, 1 - b, -1};
        }
        Arrays.sort(factors, (x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        int[] group = new int[count];
        boolean[] done = new boolean[count];
        int groups = 0;
        for (int j = 0; j < count; j++) {
            if (done[j]) {
                continue;
            }
            for (int k = j; k < count; k++) {
                double d = factors[k][1] - factors[j][1];
                if (!done[k] && factors[k][0] == factors[j][0] && d == Math.rint(d) && d <= MAX_OFFSET) {
                    done[k] = true;
                    group[k] = groups;
                }
            }
            groups++;
        }
        sigma = new int[groups];
        base = new double[groups];
        power = new int[groups];
        offsets = new int[groups][];
        signs = new int[groups][];
        for (int gr = 0; gr < groups; gr++) {
            int size = 0;
            int first = -1;
            for (int k = 0; k < count; k++) {
                if (group[k] == gr) {
                    first = first < 0 ? k : first;
                    size++;
                }
            }
            sigma[gr] = (int) factors[first][0];
            base[gr] = factors[first][1];
            // net exponent of each (w)_k, k ascending (members with equal c and opposite roles cancel)
            int[] net = new int[MAX_OFFSET + 1];
            for (int k = 0; k < count; k++) {
                if (group[k] == gr) {
                    net[(int) (factors[k][1] - base[gr])] += (int) factors[k][2];
                    power[gr] += (int) factors[k][2];
                }
            }
            int s = 0;
            for (int k = 1; k <= MAX_OFFSET; k++) {
                s += net[k] != 0 ? 1 : 0;
            }
            offsets[gr] = new int[s];
            signs[gr] = new int[s];
            s = 0;
            for (int k = 1; k <= MAX_OFFSET; k++) {
                if (net[k] != 0) {
                    offsets[gr][s] = k;
                    signs[gr][s++] = net[k];
                }
            }
        }
    }

    /**
     * ln(Φ(s) z<sup>s</sup>), s = x + iy, imaginary part modulo 2π.
     *
     * @param x real part of s
     * @param y imaginary part of s
     * @param out receives {re, im}
     */
    void logValue(double x, double y, double[] out) {
        re = x * lnZ;
        im = y * lnZ;
        nr = 1;
        ni = 0;
        dr = 1;
        di = 0;
        lnScale = 0;
        for (int gr = 0; gr < sigma.length; gr++) {
            double wr = sigma[gr] * x + base[gr];
            double wi = sigma[gr] * y;
            if (power[gr] != 0) {
                addLogGamma(power[gr], wr, wi);
            }
            int[] off = offsets[gr];
            double pr = 1;
            double pi = 0;
            double pScale = 0;
            int k = 0;
            for (int j = 0; j < off.length; j++) {
                for (; k < off[j]; k++) {
                    double tr = pr * (wr + k) - pi * wi;
                    pi = pr * wi + pi * (wr + k);
                    pr = tr;
                }
                double mag = Math.abs(pr) + Math.abs(pi);
                if (mag > 1e50) {
                    pr /= mag;
                    pi /= mag;
                    pScale += Math.log(mag);
                }
                multiply(signs[gr][j], pr, pi, pScale);
            }
        }
        if (nr != 1 || ni != 0 || dr != 1 || di != 0) {
            // ln(N/D) = ln(N conj(D)) - ln|D|^2: one logarithm and one argument for all products
            double qr = nr * dr + ni * di;
            double qi = ni * dr - nr * di;
            double dm2 = dr * dr + di * di;
            double ratio = (qr * qr + qi * qi) / (dm2 * dm2);
            re += lnScale + (ratio > 0 && ratio < Double.POSITIVE_INFINITY ? 0.5 * Math.log(ratio)
                    : 0.5 * Math.log(qr * qr + qi * qi) - Math.log(dm2));
            im += Math.atan2(qi, qr);
        }
        out[0] = re;
        out[1] = im;
    }

    /**
     * Adds power·ln Γ(x + iy): reflection for x &lt; −{@value #REFLECT_BELOW}, upward shift to
     * Re s &ge; 1/2 and |s| &ge; 15 and the Stirling series as in {@link ComplexLogGamma#logGamma}, but the shift product s(s + 1)…(s + k − 1) goes
     * into the common quotient N/D instead of its own logarithm.
     */
    private void addLogGamma(int pw, double x, double y) {
        if (x < -REFLECT_BELOW) {
            ComplexLogGamma.logSinPi(x, y, g);
            re += pw * (ComplexLogGamma.LN_PI - g[0]);
            im -= pw * g[1];
            addLogGamma(-pw, 1 - x, -y);
            return;
        }
        double pr = 1;
        double pi = 0;
        double pScale = 0;
        while (x < 0.5 || x * x + y * y < 225) {
            double tr = pr * x - pi * y;
            pi = pr * y + pi * x;
            pr = tr;
            x += 1;
        }
        double mag = Math.abs(pr) + Math.abs(pi);
        if (mag > 1e50 || mag < 1e-50) {
            pr /= mag;
            pi /= mag;
            pScale = Math.log(mag);
        }
        ComplexLogGamma.stirling(x, y, g);
        re += pw * g[0];
        im += pw * g[1];
        multiply(-pw, pr, pi, pScale);
    }

    /** Multiplies (pr + i pi)·e^pScale into N (e &gt; 0) or D (e &lt; 0), |e| times, rescaling. */
    private void multiply(int e, double pr, double pi, double pScale) {
        for (int c = Math.abs(e); c > 0; c--) {
            if (e > 0) {
                double tr = nr * pr - ni * pi;
                ni = nr * pi + ni * pr;
                nr = tr;
                lnScale += pScale;
            } else {
                double tr = dr * pr - di * pi;
                di = dr * pi + di * pr;
                dr = tr;
                lnScale -= pScale;
            }
        }
        double nm = Math.abs(nr) + Math.abs(ni);
        if (nm > 1e100 || nm < 1e-100) {
            nr /= nm;
            ni /= nm;
            lnScale += Math.log(nm);
        }
        double dm = Math.abs(dr) + Math.abs(di);
        if (dm > 1e100 || dm < 1e-100) {
            dr /= dm;
            di /= dm;
            lnScale -= Math.log(dm);
        }
    }

    /**
     * Φ(s) z<sup>s</sup>, s = x + iy; its modulus is left in {@link #lastMagnitude}.
     *
     * @param x real part of s
     * @param y imaginary part of s
     * @param out receives {re, im}
     */
    void value(double x, double y, double[] out) {
        logValue(x, y, out);
        double mag = Math.exp(out[0]);
        lastMagnitude = mag;
        double im = out[1];
        out[0] = mag * Math.cos(im);
        out[1] = mag * Math.sin(im);
    }

    /**
     * Re(Φ(s) z<sup>s</sup>), s = x + iy, without the sine; the modulus is left in {@link #lastMagnitude}.
     *
     * @param x real part of s
     * @param y imaginary part of s
     * @return the real part
     */
    double realValue(double x, double y) {
        logValue(x, y, scratch);
        lastMagnitude = Math.exp(scratch[0]);
        return lastMagnitude * Math.cos(scratch[1]);
    }

    /**
     * ln|Φ(c) z<sup>c</sup>| for real c.
     *
     * @param c real point
     * @return the logarithm of the modulus
     */
    double logMagnitude(double c) {
        double[] out = new double[2];
        logValue(c, 0, out);
        return out[0];
    }

    /**
     * Residue of Φ(s) z^s at a pole p of exactly one numerator factor (DLMF 5.2.1: Γ(−k + u) ≈
     * (−1)^k/(k! u)), the other factors evaluated at p by real ln Γ.
     *
     * @param p a pole b<sub>j</sub> + k or a<sub>j</sub> − 1 − k, computed as in {@code MeijerG.poles}
     * @param maxPoles number of poles per parameter (k &lt; maxPoles)
     * @return the residue, 0 where a denominator Γ is singular too, NaN where p is a multiple pole
     */
    double simpleResidue(double p, int maxPoles) {
        int singular = -1;
        int order = 0;
        int k = 0;
        for (int j = 0; j < b1m.length + a1n.length; j++) {
            boolean right = j < b1m.length;
            double start = right ? b1m[j] : a1n[j - b1m.length] - 1;
            double steps = right ? p - start : start - p;
            // the same arithmetic as poles(): start ± k reproduces p exactly
            if (steps >= 0 && steps < maxPoles && steps == Math.rint(steps)
                    && (right ? start + steps : start - steps) == p) {
                singular = j;
                k = (int) steps;
                order++;
            }
        }
        if (order != 1) {
            return Double.NaN;
        }
        boolean right = singular < b1m.length;
        double[] lg = new double[2];
        ComplexLogGamma.logGamma(k + 1, 0, lg);
        double lnRes = p * lnZ - lg[0];
        double phase = right ? Math.PI * (k + 1) : Math.PI * k;
        for (int j = 0; j < b1m.length; j++) {
            if (j != singular) {
                ComplexLogGamma.logGamma(b1m[j] - p, 0, lg);
                lnRes += lg[0];
                phase += lg[1];
            }
        }
        for (int j = 0; j < a1n.length; j++) {
            if (j + b1m.length != singular) {
                ComplexLogGamma.logGamma(1 - a1n[j] + p, 0, lg);
                lnRes += lg[0];
                phase += lg[1];
            }
        }
        for (double b : bmq) {
            ComplexLogGamma.logGamma(1 - b + p, 0, lg);
            lnRes -= lg[0];
            phase -= lg[1];
        }
        for (double a : anp) {
            ComplexLogGamma.logGamma(a - p, 0, lg);
            lnRes -= lg[0];
            phase -= lg[1];
        }
        // a denominator pole makes lnRes = -inf: the residue is 0
        return lnRes == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lnRes) * Math.cos(phase);
    }
}
