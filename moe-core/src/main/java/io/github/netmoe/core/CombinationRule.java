package io.github.netmoe.core;

import io.github.netmoe.core.nn.Mlp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a plan combines its experts' normalised evaluations {@code n_i[a]} (see {@link Normalisation})
 * into one score per action; the decision is the action with the highest score (ties go to the lowest
 * action index). Rules are immutable values that name experts by id, so a plan can be serialised,
 * cached and read by a person; {@link MixtureOfExperts} resolves the ids once per plan.
 *
 * <ul>
 *   <li>{@link WeightedSum}: {@code s[a] = sum_i w_i n_i[a]}, weights normalised to sum 1.</li>
 *   <li>{@link WeightedProduct}: {@code s[a] = prod_i n_i[a]^{e_i}}, computed as
 *       {@code exp(sum_i e_i ln n_i[a])}; needs {@code n_i[a] >= 0}. The exponents are <em>not</em>
 *       normalised, so with unit exponents the score is the product itself, e.g. the throughput
 *       {@code TP = (1 - OP) * DR} from experts whose normalisations return {@code 1 - OP} and {@code DR}.
 *       It ranks actions exactly like {@code sum_i e_i ln n_i[a]}, and scaling every exponent by
 *       {@code c > 0} raises the score to the power {@code c} without changing the ranking.</li>
 *   <li>{@link Minimum}: {@code s[a] = min_i n_i[a]}: every expert can veto an action (constraints).</li>
 *   <li>{@link Staged}: the first stage whose state condition holds supplies the rule, else
 *       {@code otherwise}: "before the prize is collected use b + c, after it b + a".</li>
 *   <li>{@link ActionUtility}: {@code s[a] = gain * inner[a] - actionCost[a]}: turns a combined QoS
 *       estimate into a utility with a per-action price, e.g. the NSP's
 *       {@code beta1 * F(TP) - beta2 * P_a}.</li>
 *   <li>{@link LearnedGating}: {@code s[a] = sum_i g_i(x) n_i[a]} with {@code g = softmax(f(x))}, a
 *       trained network {@code f} of the state features {@code x}: the classical mixture-of-experts gate.</li>
 * </ul>
 */
public sealed interface CombinationRule permits CombinationRule.WeightedSum, CombinationRule.WeightedProduct,
        CombinationRule.Minimum, CombinationRule.Staged, CombinationRule.ActionUtility,
        CombinationRule.LearnedGating {

    /** The cases of {@link CombinationRule}, for serialisation and for {@link Composition}. */
    enum Kind {
        /** {@link WeightedSum}. */
        WEIGHTED_SUM,
        /** {@link WeightedProduct}. */
        WEIGHTED_PRODUCT,
        /** {@link Minimum}. */
        MINIMUM,
        /** {@link Staged}. */
        STAGED,
        /** {@link ActionUtility}. */
        ACTION_UTILITY,
        /** {@link LearnedGating}. */
        LEARNED_GATING
    }

    /** @return which case this is */
    Kind kind();

    /** @return the ids of every expert the rule uses, in first-use order, without duplicates */
    List<String> experts();

    /**
     * @param weights expert id to non-negative weight; iteration order is kept
     * @return a weighted sum with the weights normalised to sum 1
     */
    static WeightedSum weightedSum(Map<String, Double> weights) {
        return new WeightedSum(weights);
    }

    /**
     * @param experts expert ids, each weighted equally
     * @return an equally weighted sum
     */
    static WeightedSum equalSum(String... experts) {
        return new WeightedSum(equalWeights(experts));
    }

    /**
     * @param exponents expert id to non-negative exponent; iteration order is kept
     * @return a weighted product with the exponents as given
     */
    static WeightedProduct weightedProduct(Map<String, Double> exponents) {
        return new WeightedProduct(exponents);
    }

    /**
     * @param experts expert ids, each with exponent 1
     * @return the plain product of the experts' normalised evaluations
     */
    static WeightedProduct equalProduct(String... experts) {
        return new WeightedProduct(equalWeights(experts));
    }

    /**
     * @param experts expert ids
     * @return the minimum rule
     */
    static Minimum minimum(String... experts) {
        return new Minimum(List.of(experts));
    }

    private static Map<String, Double> equalWeights(String... experts) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String e : experts) {
            weights.put(e, 1.0);
        }
        return weights;
    }

    /**
     * Checks and normalises weights: every id non-blank, every weight finite and {@code >= 0}, at
     * least one positive; the result sums to 1 and keeps the iteration order.
     */
    private static Map<String, Double> normalisedWeights(Map<String, Double> weights) {
        Map<String, Double> checked = checkedWeights(weights);
        double total = checked.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> normalised = new LinkedHashMap<>();
        checked.forEach((id, w) -> normalised.put(id, w / total));
        return Collections.unmodifiableMap(normalised);
    }

    /** Checks weights as {@link #normalisedWeights} does, and keeps them as given. */
    private static Map<String, Double> checkedWeights(Map<String, Double> weights) {
        Arguments.requireNonNull("weights", weights);
        if (weights.isEmpty()) {
            throw new InvalidArgumentException("weights must name at least one expert, got an empty map");
        }
        double total = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Arguments.requireNonBlank("expert id", e.getKey());
            Double w = e.getValue();
            if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                throw new InvalidArgumentException("weight of expert '" + e.getKey() + "' = " + w
                        + " must be finite and >= 0");
            }
            total += w;
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new InvalidArgumentException("weights " + weights + " must have a positive, finite sum");
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /**
     * {@code s[a] = sum_i w_i n_i[a]}.
     *
     * @param weights expert id to weight, normalised to sum 1 on construction
     */
    record WeightedSum(Map<String, Double> weights) implements CombinationRule {
        /**
         * Validates and normalises the weights.
         *
         * @throws InvalidArgumentException on empty, negative, NaN or all-zero weights
         */
        public WeightedSum {
            weights = normalisedWeights(weights);
        }

        @Override
        public Kind kind() {
            return Kind.WEIGHTED_SUM;
        }

        @Override
        public List<String> experts() {
            return List.copyOf(weights.keySet());
        }
    }

    /**
     * {@code s[a] = prod_i n_i[a]^{e_i}}.
     *
     * @param weights expert id to exponent {@code e_i}, kept as given (not normalised)
     */
    record WeightedProduct(Map<String, Double> weights) implements CombinationRule {
        /**
         * Validates the exponents.
         *
         * @throws InvalidArgumentException on empty, negative, NaN or all-zero exponents
         */
        public WeightedProduct {
            weights = checkedWeights(weights);
        }

        @Override
        public Kind kind() {
            return Kind.WEIGHTED_PRODUCT;
        }

        @Override
        public List<String> experts() {
            return List.copyOf(weights.keySet());
        }
    }

    /**
     * {@code s[a] = min_i n_i[a]}.
     *
     * @param experts the experts, distinct, at least one
     */
    record Minimum(List<String> experts) implements CombinationRule {
        /**
         * Validates and copies.
         *
         * @throws InvalidArgumentException on an empty list, blank or duplicate ids
         */
        public Minimum {
            experts = List.copyOf(Arguments.requireNonEmpty("experts", experts));
            Set<String> seen = new LinkedHashSet<>();
            for (String e : experts) {
                if (!seen.add(Arguments.requireNonBlank("expert id", e))) {
                    throw new InvalidArgumentException("expert '" + e + "' appears twice in the minimum rule");
                }
            }
        }

        @Override
        public Kind kind() {
            return Kind.MINIMUM;
        }
    }

    /**
     * One stage of a {@link Staged} rule: applies while {@code condition} holds (or, if
     * {@code negated}, while it does not).
     *
     * @param condition a condition id declared by the environment's catalogue
     * @param negated whether the stage applies when the condition is false
     * @param rule the rule of this stage; not itself staged
     */
    record Stage(String condition, boolean negated, CombinationRule rule) {
        /**
         * Validates.
         *
         * @throws InvalidArgumentException on a blank condition or a nested staged rule
         */
        public Stage {
            Arguments.requireNonBlank("condition", condition);
            Arguments.requireNonNull("rule", rule);
            if (rule instanceof Staged) {
                throw new InvalidArgumentException("stage '" + condition + "' holds a staged rule; stages cannot nest");
            }
        }

        /** @return a short label such as {@code prizeCollected} or {@code !prizeCollected} */
        public String label() {
            return (negated ? "!" : "") + condition;
        }
    }

    /**
     * The first stage whose condition holds supplies the rule; if none holds, {@code otherwise}.
     *
     * @param stages the stages, checked in order, at least one
     * @param otherwise the rule when no stage applies; not itself staged
     */
    record Staged(List<Stage> stages, CombinationRule otherwise) implements CombinationRule {
        /**
         * Validates and copies.
         *
         * @throws InvalidArgumentException on no stages or a nested staged rule
         */
        public Staged {
            stages = List.copyOf(Arguments.requireNonEmpty("stages", stages));
            Arguments.requireNonNull("otherwise", otherwise);
            if (otherwise instanceof Staged) {
                throw new InvalidArgumentException("the otherwise rule of a staged rule cannot be staged");
            }
        }

        /**
         * A two-stage rule: {@code before} while the condition is false, {@code after} once it holds.
         *
         * @param condition a condition id, e.g. {@code prizeCollected}
         * @param before the rule while the condition is false
         * @param after the rule once it is true
         * @return the staged rule
         */
        public static Staged beforeAfter(String condition, CombinationRule before, CombinationRule after) {
            return new Staged(List.of(new Stage(condition, true, before)), after);
        }

        @Override
        public Kind kind() {
            return Kind.STAGED;
        }

        @Override
        public List<String> experts() {
            Set<String> all = new LinkedHashSet<>();
            for (Stage s : stages) {
                all.addAll(s.rule().experts());
            }
            all.addAll(otherwise.experts());
            return List.copyOf(all);
        }
    }

    /**
     * {@code s[a] = gain * inner[a] - actionCost[a]}: a combined estimate turned into a utility with a
     * price per action. For the NSP's throughput user, {@code inner} is the product of the outage and
     * rate experts' QoS estimates (TP), {@code gain = beta1/(Qmax - Qmin)} and
     * {@code actionCost[a] = beta2 * P_a + beta1 * Qmin/(Qmax - Qmin)}, so the score is
     * {@code beta1 * F(TP) - beta2 * P_a}, the utility of eqs. (4)-(5).
     *
     * @param inner the rule whose scores are transformed; not staged, not itself an action utility
     * @param gain positive multiplier
     * @param actionCost one finite cost per action
     */
    record ActionUtility(CombinationRule inner, double gain, double[] actionCost) implements CombinationRule {
        /**
         * Validates and copies.
         *
         * @throws InvalidArgumentException on a staged or nested inner rule, a non-positive gain or
         *     non-finite costs
         */
        public ActionUtility {
            Arguments.requireNonNull("inner", inner);
            if (inner instanceof Staged || inner instanceof ActionUtility || inner instanceof LearnedGating) {
                throw new InvalidArgumentException("the inner rule of an action utility must be a sum, product or"
                        + " minimum, got " + inner.kind());
            }
            Arguments.requirePositive("gain", gain);
            actionCost = Arguments.requireAllFinite("actionCost", actionCost).clone();
            if (actionCost.length == 0) {
                throw new InvalidArgumentException("actionCost must have one entry per action, got none");
            }
        }

        @Override
        public Kind kind() {
            return Kind.ACTION_UTILITY;
        }

        @Override
        public List<String> experts() {
            return inner.experts();
        }

        @Override
        public double[] actionCost() {
            return actionCost.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ActionUtility that && inner.equals(that.inner)
                    && Double.compare(gain, that.gain) == 0 && java.util.Arrays.equals(actionCost, that.actionCost);
        }

        @Override
        public int hashCode() {
            return inner.hashCode() * 31 + Double.hashCode(gain) * 17 + java.util.Arrays.hashCode(actionCost);
        }

        @Override
        public String toString() {
            return "ActionUtility[inner=" + inner + ", gain=" + gain + ", actionCost="
                    + java.util.Arrays.toString(actionCost) + "]";
        }
    }

    /**
     * {@code s[a] = sum_i g_i(x) n_i[a]}, {@code g = softmax(network(x))} over the state features
     * {@code x = Environment.features(state)}.
     *
     * @param experts the gated experts, in the order of the network's outputs
     * @param network maps features to one logit per expert
     */
    record LearnedGating(List<String> experts, Mlp network) implements CombinationRule {
        /**
         * Validates and copies.
         *
         * @throws InvalidArgumentException if the network's output size differs from the number of
         *     experts, or ids are blank or duplicated
         */
        public LearnedGating {
            experts = List.copyOf(Arguments.requireNonEmpty("experts", experts));
            if (new LinkedHashSet<>(experts).size() != experts.size()) {
                throw new InvalidArgumentException("experts " + experts + " must be distinct");
            }
            Arguments.requireNonNull("network", network);
            if (network.outputSize() != experts.size()) {
                throw new InvalidArgumentException("gate network has " + network.outputSize()
                        + " outputs but gates " + experts.size() + " experts " + experts);
            }
        }

        @Override
        public Kind kind() {
            return Kind.LEARNED_GATING;
        }

        /**
         * @param features state features
         * @return the gate weights {@code g = softmax(network(features))}, summing to 1
         */
        public double[] gateWeights(double[] features) {
            double[] logits = network.forward(features);
            new Normalisation.Softmax(1.0).apply(logits, logits);
            return logits;
        }
    }
}
