package io.github.netmoe.core;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of {@link MixtureOfExperts#decide(Object, GatePlan)} with everything needed to audit
 * it: the chosen action, the combined score of every action, each selected expert's raw and
 * normalised evaluations and weight, the stage of a staged plan that applied, and the plan itself
 * (with its rationale).
 *
 * @param action the chosen action: the highest score, lowest index on ties (a product is ranked by the
 *     log of its score, so the choice survives a score that overflows to infinity or underflows to 0)
 * @param scores the combined score per action
 * @param evaluations the evaluations of the experts that took part in this decision
 * @param stage the label of the stage that applied ({@code "otherwise"} for the fallback stage,
 *     empty for rules that are not staged)
 * @param plan the plan that was executed
 */
public record Decision(int action, double[] scores, List<ExpertEvaluation> evaluations, String stage, GatePlan plan) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException if {@code action} is not an index of {@code scores}
     */
    public Decision {
        scores = Arguments.requireNonNull("scores", scores).clone();
        Arguments.requireInRange("action", action, 0, scores.length - 1);
        evaluations = List.copyOf(Arguments.requireNonNull("evaluations", evaluations));
        Arguments.requireNonNull("stage", stage);
        Arguments.requireNonNull("plan", plan);
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    /**
     * @param values any array of at least one value
     * @return the index of the largest value, the lowest such index on ties; NaN never wins
     */
    public static int argmax(double[] values) {
        int best = 0;
        for (int a = 1; a < values.length; a++) {
            if (values[a] > values[best] || Double.isNaN(values[best]) && !Double.isNaN(values[a])) {
                best = a;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decision that && action == that.action && Arrays.equals(scores, that.scores)
                && evaluations.equals(that.evaluations) && stage.equals(that.stage) && plan.equals(that.plan);
    }

    @Override
    public int hashCode() {
        return action * 31 + Arrays.hashCode(scores) * 17 + evaluations.hashCode() + stage.hashCode();
    }

    @Override
    public String toString() {
        return "Decision[action=" + action + ", stage=" + stage + ", plan=" + plan.id() + ", scores="
                + Arrays.toString(scores) + ", evaluations=" + evaluations + "]";
    }
}
