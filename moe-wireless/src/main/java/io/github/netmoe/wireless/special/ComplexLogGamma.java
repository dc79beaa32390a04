package io.github.netmoe.wireless.special;

/**
 * ln Γ(s) and ln sin(πs) for complex s, on a branch that is only used inside exp(·) (so a multiple of
 * 2πi in the imaginary part does not matter). Results are written to a two-element array
 * {re, im} to avoid allocation on the quadrature path.
 *
 * <p>Method: reflection ln Γ(s) = ln π − ln sin(πs) − ln Γ(1 − s) for Re s &lt; 1/2 (DLMF 5.5.3);
 * upward shift ln Γ(s) = ln Γ(s + k) − ln(s(s + 1)…(s + k − 1)) until |s + k| &ge; 15 (DLMF 5.5.1);
 * then the Stirling series with Bernoulli terms up to B16 (DLMF 5.11.1), whose truncation error is
 * below 1e-19 there. Absolute error of the result about 1e-15 + eps·|ln Γ(s)|; sin(πs) is evaluated as
 * e<sup>∓iπs</sup>(e<sup>±2iπs</sup> − 1)/(±2i) so that nothing overflows for large |Im s|.
 */
final class ComplexLogGamma {
    private static final double LN_SQRT_2PI = 0.91893853320467274178;
    /** ln π. */
    static final double LN_PI = 1.1447298858494001741;
    private static final double LN2 = 0.69314718055994530942;
    private static final double[] STIRLING = {1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
        -691.0 / 360360, 1.0 / 156, -3617.0 / 122400};

    private ComplexLogGamma() {
    }

    /**
     * ln Γ(x + iy) into {@code out}.
     *
     * @param x real part
     * @param y imaginary part
     * @param out receives {re, im}
     */
    static void logGamma(double x, double y, double[] out) {
        if (x < 0.5) {
            logGamma(1 - x, -y, out);
            double re = out[0];
            double im = out[1];
            logSinPi(x, y, out);
            out[0] = LN_PI - out[0] - re;
            out[1] = -out[1] - im;
            return;
        }
        // shift up: accumulate the product p = s (s+1) ... (s+k-1)
        double pr = 1;
        double pi = 0;
        double lnScale = 0;
        while (x * x + y * y < 225) {
            double nr = pr * x - pi * y;
            double ni = pr * y + pi * x;
            pr = nr;
            pi = ni;
            x += 1;
            double mag = Math.abs(pr) + Math.abs(pi);
            if (mag > 1e150) {
                pr /= mag;
                pi /= mag;
                lnScale += Math.log(mag);
            }
        }
        stirling(x, y, out);
        double re = out[0];
        double im = out[1];
        if (pr != 1 || pi != 0) {
            re -= 0.5 * Math.log(pr * pr + pi * pi) + lnScale;
            im -= Math.atan2(pi, pr);
        }
        out[0] = re;
        out[1] = im;
    }

    /**
     * Stirling series of ln Γ(x + iy) into {@code out}, accurate to 1e-19 for |x + iy| &ge; 15, x &gt; 0.
     *
     * @param x real part
     * @param y imaginary part
     * @param out receives {re, im}
     */
    static void stirling(double x, double y, double[] out) {
        // (s - 1/2) ln s - s + ln sqrt(2 pi) + sum c_k / s^{2k-1}
        double lnr = 0.5 * Math.log(x * x + y * y);
        double arg = Math.atan2(y, x);
        double re = (x - 0.5) * lnr - y * arg - x + LN_SQRT_2PI;
        double im = (x - 0.5) * arg + y * lnr - y;
        double den = x * x + y * y;
        double ir = x / den; // 1/s
        double ii = -y / den;
        double i2r = ir * ir - ii * ii; // 1/s^2
        double i2i = 2 * ir * ii;
        double sr = 0;
        double si = 0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            double tr = sr * i2r - si * i2i + STIRLING[k];
            double ti = sr * i2i + si * i2r;
            sr = tr;
            si = ti;
        }
        out[0] = re + sr * ir - si * ii;
        out[1] = im + sr * ii + si * ir;
    }

    /**
     * ln sin(π(x + iy)) into {@code out}.
     *
     * @param x real part
     * @param y imaginary part
     * @param out receives {re, im}
     */
    static void logSinPi(double x, double y, double[] out) {
        boolean lower = y < 0;
        double yy = Math.abs(y);
        // sin(pi s) = e^{-i pi s} (e^{2 i pi s} - 1) / (2i), s = x + i yy, |e^{2 i pi s}| = e^{-2 pi yy} <= 1
        double xr = x - Math.floor(x);
        double mag = Math.exp(-2 * Math.PI * yy);
        double wr = mag * Math.cos(2 * Math.PI * xr) - 1;
        double wi = mag * Math.sin(2 * Math.PI * xr);
        double re = Math.PI * yy + 0.5 * Math.log(wr * wr + wi * wi) - LN2;
        double im = -Math.PI * x + Math.atan2(wi, wr) - Math.PI / 2;
        out[0] = re;
        out[1] = lower ? -im : im;
    }
}
