package io.github.netmoe.llm.plan;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Composition;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.Optional;

/**
 * Prices a plan that serves a composition with a utility ({@link Composition#utility()}): when a plan
 * reads the requirement as exactly one such composition and its rule is the composition's flat rule
 * over its experts, the rule is wrapped into the composition's {@link CombinationRule.ActionUtility}, so
 * the decision maximises the user's utility (e.g. the NSP's {@code beta1 * F(TP) - beta2 * P}) rather
 * than the raw composed estimate. The numbers come from the catalogue, never from a language model.
 *
 * <p>Thread-safe (stateless).
 */
public final class PlanPricing {
    private PlanPricing() {
    }

    /**
     * @param plan a plan
     * @param catalogue the catalogue it was made for
     * @return the plan with its rule priced, or the plan unchanged when no composition utility applies
     */
    public static GatePlan priced(GatePlan plan, ObjectiveCatalogue catalogue) {
        if (plan.objectives().size() != 1 || plan.rule() instanceof CombinationRule.ActionUtility
                || plan.rule() instanceof CombinationRule.Staged || plan.rule() instanceof CombinationRule.LearnedGating) {
            return plan;
        }
        Optional<Composition> composition = catalogue.composition(plan.objectives().get(0));
        if (composition.isEmpty() || composition.get().utility() == null
                || composition.get().rule() != plan.rule().kind()) {
            return plan;
        }
        Composition c = composition.get();
        String note = " Priced with the catalogue's utility of " + c.id() + ": score = gain * estimate - cost per action.";
        return new GatePlan(plan.requirement(), plan.objectives(), plan.experts(), c.utility().wrap(plan.rule()),
                new io.github.netmoe.core.PlanRationale(plan.rationale().objectiveFormulation(),
                        plan.rationale().expertSelection(), plan.rationale().combination() + note), plan.gate());
    }
}
