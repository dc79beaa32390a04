package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.stats.Summary;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Scores a power-selling policy on held-out users against the exhaustive-search oracle: for each of
 * {@code n} users drawn from split {@code i} of {@code new SplittableRandom(seed)}, the utility (of a
 * chosen metric) of the policy's power level and of the oracle's.
 *
 * <p>Reported: the ratio of mean utilities {@code sum U(policy)/sum U(oracle)}, the per-user ratio
 * {@code U(policy)/U(oracle)} (mean and worst), the regret {@code U(oracle) - U(policy)} (mean with a
 * 95% interval, and worst), and how often the policy picks the oracle's level exactly.
 *
 * <p>Thread-safe (stateless).
 */
public final class NspEvaluation {
    private NspEvaluation() {
    }

    /**
     * The scores of one policy.
     *
     * @param metric the metric whose utility is scored
     * @param users number of held-out users
     * @param seed their seed
     * @param meanUtility mean utility of the policy
     * @param meanOracleUtility mean utility of the oracle
     * @param ratioOfMeans {@code meanUtility / meanOracleUtility}
     * @param perUserRatio per-user utility ratio over users whose oracle utility is positive, or null if none
     * @param regret per-user regret
     * @param exactShare share of users given the oracle's power level exactly
     */
    public record Score(NspMetric metric, int users, long seed, double meanUtility, double meanOracleUtility,
                        double ratioOfMeans, Summary perUserRatio, Summary regret, double exactShare) {
    }

    /**
     * @param policy the power level a policy sells to a user
     * @param metric whose utility scores it
     * @param settings the market
     * @param distribution the users
     * @param users how many held-out users, at least 1
     * @param seed their seed
     * @return the score
     */
    public static Score score(ToIntFunction<NspUser> policy, NspMetric metric, NspSettings settings,
                              UserDistribution distribution, int users, long seed) {
        Arguments.requireNonNull("policy", policy);
        Arguments.requirePositive("users", users);
        SplittableRandom root = new SplittableRandom(seed);
        double[] ratios = new double[users];
        double[] regrets = new double[users];
        int positive = 0;
        int exact = 0;
        double sum = 0;
        double sumOracle = 0;
        for (int i = 0; i < users; i++) {
            NspUser user = new NspUser(i, distribution.draw(root.split()));
            double[] u = settings.utilities(user.link(), metric);
            int best = Decision.argmax(u);
            int chosen = policy.applyAsInt(user);
            sum += u[chosen];
            sumOracle += u[best];
            regrets[i] = u[best] - u[chosen];
            exact += chosen == best ? 1 : 0;
            if (u[best] > 0) {
                ratios[positive++] = u[chosen] / u[best];
            }
        }
        Summary ratio = positive == 0 ? null : Summary.of(java.util.Arrays.copyOf(ratios, positive));
        return new Score(metric, users, seed, sum / users, sumOracle / users, sum / sumOracle, ratio,
                Summary.of(regrets), (double) exact / users);
    }

    /**
     * @param expert an expert; it sells its greedy power level
     * @return the policy
     */
    public static ToIntFunction<NspUser> greedy(io.github.netmoe.core.Expert<NspUser> expert) {
        return user -> Decision.argmax(expert.evaluate(user));
    }
}
