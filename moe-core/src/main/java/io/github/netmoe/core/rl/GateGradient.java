package io.github.netmoe.core.rl;

import io.github.netmoe.core.Expert;
import io.github.netmoe.core.ExpertEvaluationException;
import io.github.netmoe.core.Normalisation;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The arithmetic of the softmax gate's training policy and its policy gradient, for one state:
 * <pre>
 * g        = softmax(z),  z = f(x)                      gate weights over K experts
 * score[a] = sum_i g_i n_i[a]                           exactly CombinationRule.LearnedGating
 * pi(a)    = softmax(score / tau)[a]                    the stochastic training policy
 * d log pi(a) / d z_j = g_j (u_j - sum_i g_i u_i),  u_i = (n_i[a] - sum_b pi(b) n_i[b]) / tau
 * </pre>
 * where {@code n_i} are expert {@code i}'s evaluations after its descriptor's {@link Normalisation},
 * computed as {@code MixtureOfExperts} computes them.
 */
final class GateGradient {
    private GateGradient() {
    }

    /**
     * One visited state with what the policy gradient needs.
     *
     * @param features the state's features
     * @param gate the gate weights g
     * @param normalised the experts' normalised evaluations, {@code [K][A]}
     * @param policy the action probabilities pi
     * @param temperature the temperature pi was computed with
     * @param action the sampled action
     */
    record Visit(double[] features, double[] gate, double[][] normalised, double[] policy, double temperature,
                 int action) {
    }

    /** Every expert's normalised evaluations of a state, checked as {@code MixtureOfExperts} checks them. */
    static <S> double[][] normalisedEvaluations(List<? extends Expert<S>> experts, S state, int actions) {
        double[][] n = new double[experts.size()][];
        for (int i = 0; i < n.length; i++) {
            Expert<S> expert = experts.get(i);
            double[] raw = expert.evaluate(state);
            String id = expert.descriptor().id();
            if (raw == null || raw.length != actions) {
                throw new ExpertEvaluationException("expert '" + id + "' returned "
                        + (raw == null ? "null" : raw.length + " evaluations") + "; the environment has " + actions
                        + " actions");
            }
            for (int a = 0; a < actions; a++) {
                if (!Double.isFinite(raw[a])) {
                    throw new ExpertEvaluationException("expert '" + id + "' evaluated action " + a + " as " + raw[a]
                            + "; evaluations must be finite");
                }
            }
            n[i] = expert.descriptor().normalisation().apply(raw);
        }
        return n;
    }

    /** {@code softmax(logits)} in a fresh array. */
    static double[] softmax(double[] logits, double temperature) {
        double[] p = new double[logits.length];
        new Normalisation.Softmax(temperature).apply(logits, p);
        return p;
    }

    /** {@code score[a] = sum_i g_i n_i[a]}, summed in expert order as the mixture does. */
    static double[] scores(double[] gate, double[][] normalised) {
        double[] s = new double[normalised[0].length];
        for (int i = 0; i < normalised.length; i++) {
            for (int a = 0; a < s.length; a++) {
                s[a] += gate[i] * normalised[i][a];
            }
        }
        return s;
    }

    /** Draws an action from a probability vector. */
    static int sample(double[] probabilities, SplittableRandom rng) {
        double u = rng.nextDouble();
        double cumulative = 0;
        for (int a = 0; a < probabilities.length; a++) {
            cumulative += probabilities[a];
            if (u < cumulative) {
                return a;
            }
        }
        return probabilities.length - 1;
    }

    /** Writes {@code scale * d log pi(action) / dz} into {@code out[offset .. offset+K)}. */
    static void logPolicyGradient(Visit v, double scale, double[] out, int offset) {
        int experts = v.gate().length;
        double[] u = new double[experts];
        double weighted = 0;
        for (int i = 0; i < experts; i++) {
            double[] n = v.normalised()[i];
            double expected = 0;
            for (int b = 0; b < n.length; b++) {
                expected += v.policy()[b] * n[b];
            }
            u[i] = (n[v.action()] - expected) / v.temperature();
            weighted += v.gate()[i] * u[i];
        }
        for (int j = 0; j < experts; j++) {
            out[offset + j] = scale * v.gate()[j] * (u[j] - weighted);
        }
    }
}
