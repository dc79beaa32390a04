package io.github.netmoe.wireless.special;

import io.github.netmoe.core.ConvergenceException;
import io.github.netmoe.core.InvalidArgumentException;

/**
 * Generalized exponential integral of integer order, scaled: e<sup>x</sup> E<sub>n</sub>(x) with
 * E<sub>n</sub>(x) = ∫<sub>1</sub><sup>∞</sup> e<sup>-xt</sup> t<sup>-n</sup> dt (DLMF 8.19.3).
 *
 * <h2>Algorithm</h2>
 * <ul>
 *   <li>n = 0: e<sup>x</sup>E<sub>0</sub>(x) = 1/x exactly.</li>
 *   <li>x &ge; 1: the continued fraction DLMF 8.19.17 (equivalently Numerical Recipes 6.3),
 *       e<sup>x</sup>E<sub>n</sub>(x) = 1/(x + n − 1·n/(x + n + 2 − 2(n + 1)/(x + n + 4 − …))),
 *       evaluated by the modified Lentz method. It yields the scaled value directly, so nothing
 *       overflows for x &gt; 709 and nothing underflows; it converges for every n once x &ge; 1 and
 *       faster as x + n grows (about 30 terms at x = 1, n = 1; 3 at x = 1e3).</li>
 *   <li>x &lt; 1: the power series DLMF 8.19.7–8.19.8,
 *       E<sub>n</sub>(x) = (−x)<sup>n−1</sup>(ψ(n) − ln x)/(n − 1)! − Σ<sub>k≠n−1</sub>
 *       (−x)<sup>k</sup>/((k − n + 1) k!), then multiplied by e<sup>x</sup> &le; e. The terms shrink
 *       like x<sup>k</sup>/k!, so the alternation costs at most a factor e.</li>
 * </ul>
 * The switch at x = 1 is where the series stops being cheaper than the fraction; near x ≈ n neither
 * method has a difficulty (the fraction's convergence depends on x + n, not on x − n). The
 * recurrences between orders are <em>not</em> used here: forward recurrence amplifies errors by x/n
 * per step and is useless for x &gt; n (see {@link ErgodicRate} for the stable two-way scheme).
 *
 * <h2>Accuracy</h2>
 * Maximum relative error measured against mpmath at 40 digits (reference table
 * {@code expint_scaled.csv}, orders 1..128, x in [1e-8, 1e8]; the oracle there is mpmath
 * {@code quad} of the defining integral, not mpmath 1.2.1's {@code expint}, which is wrong for
 * n &ge; 16 near x = 50..200): about 1e-15, reported by {@code ExponentialIntegralTest}.
 *
 * <p>Thread-safe (stateless).
 */
public final class ExponentialIntegral {
    private static final double EPS = 0x1p-53;
    private static final double EULER = 0.57721566490153286061;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 10_000;

    private ExponentialIntegral() {
    }

    /**
     * Scaled exponential integral e<sup>x</sup>E<sub>n</sub>(x) (DLMF 8.19.3); continued fraction
     * (DLMF 8.19.17) for x &ge; 1, power series (DLMF 8.19.8) below.
     *
     * @param n order, &ge; 0
     * @param x argument, finite; &gt; 0 for n &le; 1, &ge; 0 for n &ge; 2 (where the value at 0 is
     *          1/(n − 1))
     * @return e<sup>x</sup>E<sub>n</sub>(x) &gt; 0, relative error about 1e-15
     * @throws InvalidArgumentException if n or x is outside its domain
     * @throws ConvergenceException if the iteration budget (10 000 terms) is exhausted
     */
    public static double scaledE(int n, double x) {
        if (n < 0) {
            throw new InvalidArgumentException("n = " + n + " must be >= 0");
        }
        if (!(x >= 0) || x == Double.POSITIVE_INFINITY || (x == 0 && n <= 1)) {
            throw new InvalidArgumentException("x = " + x + " must be finite and "
                    + (n <= 1 ? "> 0 for n <= 1" : ">= 0"));
        }
        if (n == 0) {
            return 1 / x;
        }
        if (x == 0) {
            return 1.0 / (n - 1);
        }
        return x >= 1 ? continuedFraction(n, x) : Math.exp(x) * series(n, x);
    }

    /** Modified Lentz evaluation of DLMF 8.19.17; x &ge; 1, n &ge; 1. */
    static double continuedFraction(int n, double x) {
        double b = x + n;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -(double) i * (n - 1 + i);
            b += 2;
            d = 1 / (an * d + b);
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            double del = c * d;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                return h;
            }
        }
        throw new ConvergenceException("ExponentialIntegral continued fraction for n = " + n + ", x = " + x
                + " did not converge in " + MAX_TERMS + " terms");
    }

    /** Unscaled E_n(x) by DLMF 8.19.8 for 0 &lt; x &lt; 1, n &ge; 1. */
    static double series(int n, double x) {
        double lnX = Math.log(x);
        double psi = -EULER;
        for (int k = 1; k < n; k++) {
            psi += 1.0 / k;
        }
        double sum = n == 1 ? -lnX - EULER : 1.0 / (n - 1);
        // every later term is bounded by |fact| * bound, and |fact| falls at least geometrically
        double bound = Math.max(1, Math.abs(psi - lnX));
        double fact = 1;
        for (int k = 1; k < MAX_TERMS; k++) {
            fact *= -x / k;
            double term = k != n - 1 ? -fact / (k - n + 1) : fact * (psi - lnX);
            sum += term;
            if (Math.abs(fact) * bound < 0.25 * EPS * Math.abs(sum) && k >= 1) {
                return sum;
            }
        }
        throw new ConvergenceException("ExponentialIntegral series for n = " + n + ", x = " + x
                + " did not converge in " + MAX_TERMS + " terms");
    }
}
