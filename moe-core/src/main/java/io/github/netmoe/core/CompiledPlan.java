package io.github.netmoe.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link GatePlan} resolved against one {@link MixtureOfExperts}: expert ids become indices,
 * condition ids become predicates, weights become arrays. Built once per plan; {@link #decide} is the
 * per-step path and does no map look-ups, reflection, boxing or logging.
 */
final class CompiledPlan<S> {
    private static final String OTHERWISE = "otherwise";

    private final GatePlan plan;
    private final Environment<S> environment;
    private final List<? extends Expert<S>> experts;
    private final Normalisation[] normalisations;
    // arrays, not lists: the stage test runs on every decision and must not unbox
    private final Predicate<S>[] conditions;
    private final boolean[] negations;
    private final Leaf[] stageLeaves;
    private final Leaf fallback;

    CompiledPlan(GatePlan plan, Environment<S> environment, List<? extends Expert<S>> experts,
                 Map<String, Integer> index) {
        this.plan = plan;
        this.environment = environment;
        this.experts = experts;
        this.normalisations = new Normalisation[experts.size()];
        for (int i = 0; i < experts.size(); i++) {
            normalisations[i] = experts.get(i).descriptor().normalisation();
        }
        for (String id : plan.experts()) {
            if (!index.containsKey(id)) {
                throw new PlanException("plan " + plan.id() + " selects expert '" + id
                        + "' which this mixture does not have; available: " + index.keySet());
            }
        }
        List<CombinationRule.Stage> stages = plan.rule() instanceof CombinationRule.Staged staged
                ? staged.stages() : List.of();
        @SuppressWarnings("unchecked")
        Predicate<S>[] tests = new Predicate[stages.size()];
        this.conditions = tests;
        this.negations = new boolean[stages.size()];
        this.stageLeaves = new CompiledPlan.Leaf[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            CombinationRule.Stage stage = stages.get(s);
            conditions[s] = environment.condition(stage.condition());
            negations[s] = stage.negated();
            stageLeaves[s] = new Leaf(stage.rule(), index, stage.label());
        }
        fallback = plan.rule() instanceof CombinationRule.Staged staged
                ? new Leaf(staged.otherwise(), index, OTHERWISE) : new Leaf(plan.rule(), index, "");
    }

    GatePlan plan() {
        return plan;
    }

    Decision decide(S state) {
        Leaf leaf = fallback;
        for (int s = 0; s < stageLeaves.length; s++) {
            if (conditions[s].test(state) != negations[s]) {
                leaf = stageLeaves[s];
                break;
            }
        }
        return leaf.decide(state);
    }

    /** One non-staged rule with its experts resolved. */
    private final class Leaf {
        private final CombinationRule.Kind kind;
        private final int[] expertIndex;
        private final String[] expertIds;
        private final double[] weights;
        private final CombinationRule.LearnedGating gating;
        private final String label;
        private final double utilityGain;
        private final double[] utilityCost;

        Leaf(CombinationRule outer, Map<String, Integer> index, String label) {
            CombinationRule rule = outer;
            if (outer instanceof CombinationRule.ActionUtility utility) {
                rule = utility.inner();
                utilityGain = utility.gain();
                utilityCost = utility.actionCost();
                if (utilityCost.length != environment.actionCount()) {
                    throw new PlanException("action utility of plan " + plan.id() + " prices " + utilityCost.length
                            + " actions but the environment has " + environment.actionCount());
                }
            } else {
                utilityGain = 1.0;
                utilityCost = null;
            }
            this.kind = rule.kind();
            this.label = label;
            List<String> ids = rule.experts();
            this.expertIds = ids.toArray(String[]::new);
            this.expertIndex = new int[ids.size()];
            this.weights = new double[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                expertIndex[i] = index.get(ids.get(i));
            }
            if (rule instanceof CombinationRule.WeightedSum sum) {
                fill(sum.weights());
            } else if (rule instanceof CombinationRule.WeightedProduct product) {
                fill(product.weights());
            } else {
                java.util.Arrays.fill(weights, 1.0);
            }
            this.gating = rule instanceof CombinationRule.LearnedGating g ? g : null;
            if (gating != null && gating.network().inputSize() != environment.featureCount()) {
                throw new PlanException("gate network of plan " + plan.id() + " takes " + gating.network().inputSize()
                        + " features but the environment provides " + environment.featureCount());
            }
        }

        private void fill(Map<String, Double> ruleWeights) {
            for (int i = 0; i < expertIds.length; i++) {
                weights[i] = ruleWeights.get(expertIds[i]);
            }
        }

        Decision decide(S state) {
            int actions = environment.actionCount();
            int n = expertIndex.length;
            double[][] raw = new double[n][];
            double[][] normalised = new double[n][];
            for (int i = 0; i < n; i++) {
                Expert<S> expert = experts.get(expertIndex[i]);
                raw[i] = checked(expertIds[i], expert.evaluate(state), actions);
                normalised[i] = normalisations[expertIndex[i]].apply(raw[i]);
            }
            double[] w = gating == null ? weights : gating.gateWeights(environment.features(state));
            double[] scores = combine(normalised, w, actions);
            // a product is ranked in the log domain, where it cannot overflow or underflow
            double[] ranking = scores;
            if (kind == CombinationRule.Kind.WEIGHTED_PRODUCT) {
                ranking = utilityCost == null ? scores.clone() : null;
                for (int a = 0; a < actions; a++) {
                    scores[a] = Math.exp(scores[a]);
                }
            }
            if (utilityCost != null) {
                for (int a = 0; a < actions; a++) {
                    scores[a] = utilityGain * scores[a] - utilityCost[a];
                }
                ranking = scores;
            }
            List<ExpertEvaluation> evaluations = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                evaluations.add(new ExpertEvaluation(expertIds[i], w[i], raw[i], normalised[i]));
            }
            return new Decision(Decision.argmax(ranking), scores, evaluations, label, plan);
        }

        /** Combined scores; for a product, the log of the product (exponentiated by the caller). */
        private double[] combine(double[][] normalised, double[] w, int actions) {
            double[] scores = new double[actions];
            switch (kind) {
                case WEIGHTED_SUM, LEARNED_GATING -> {
                    for (int i = 0; i < normalised.length; i++) {
                        for (int a = 0; a < actions; a++) {
                            scores[a] += w[i] * normalised[i][a];
                        }
                    }
                }
                case WEIGHTED_PRODUCT -> {
                    for (int i = 0; i < normalised.length; i++) {
                        for (int a = 0; a < actions; a++) {
                            double v = normalised[i][a];
                            if (!(v >= 0)) {
                                throw new ExpertEvaluationException("weighted product needs normalised evaluations >= 0,"
                                        + " but expert '" + expertIds[i] + "' has " + v + " for action " + a
                                        + "; declare a normalisation that maps to [0, inf) (min-max, softmax, affine)");
                            }
                            scores[a] += w[i] * Math.log(v);
                        }
                    }
                }
                case MINIMUM -> {
                    java.util.Arrays.fill(scores, Double.POSITIVE_INFINITY);
                    for (double[] values : normalised) {
                        for (int a = 0; a < actions; a++) {
                            scores[a] = Math.min(scores[a], values[a]);
                        }
                    }
                }
                default -> throw new IllegalStateException("staged rules are resolved before combining");
            }
            return scores;
        }
    }

    private static double[] checked(String expertId, double[] values, int actions) {
        if (values == null || values.length != actions) {
            throw new ExpertEvaluationException("expert '" + expertId + "' returned "
                    + (values == null ? "null" : values.length + " evaluations") + "; the environment has " + actions
                    + " actions");
        }
        for (int a = 0; a < actions; a++) {
            if (!Double.isFinite(values[a])) {
                throw new ExpertEvaluationException("expert '" + expertId + "' evaluated action " + a + " as "
                        + values[a] + "; evaluations must be finite");
            }
        }
        return values;
    }
}
