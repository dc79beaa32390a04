package io.github.netmoe.benchmarks;

import io.github.netmoe.core.Decision;
import io.github.netmoe.core.ExpertEvaluation;
import io.github.netmoe.core.GatePlan;
import java.util.Locale;

/**
 * The paper's four-step walk-through (Fig. 6) of one requirement as text: (1) objective formulation,
 * (2) expert selection, (3) inference combination, each with the gate's rationale, and (4) decision
 * execution at one state, with every expert's evaluation of the chosen action.
 */
final class Traces {
    private Traces() {
    }

    static String of(GatePlan plan, Decision decision, String stateDescription, String actionDescription) {
        StringBuilder b = new StringBuilder();
        b.append("Requirement: \"").append(plan.requirement()).append("\" (gate: ").append(plan.gate())
                .append(", plan ").append(plan.id()).append(")\n");
        b.append("  1. Objective formulation: ").append(plan.objectives()).append(" - ")
                .append(plan.rationale().objectiveFormulation()).append('\n');
        b.append("  2. Expert selection: ").append(plan.experts()).append(" - ")
                .append(plan.rationale().expertSelection()).append('\n');
        b.append("  3. Inference combination: ").append(plan.rule().kind()).append(" - ")
                .append(plan.rationale().combination()).append('\n');
        b.append("  4. Decision execution at ").append(stateDescription).append(": ").append(actionDescription)
                .append(decision.stage().isEmpty() ? "" : " (stage " + decision.stage() + ")").append('\n');
        for (ExpertEvaluation e : decision.evaluations()) {
            b.append(String.format(Locale.ROOT, "       %-14s weight %.3f, prefers action %d, its value of the chosen"
                    + " action %.4f (normalised %.4f)%n", e.expertId(), e.weight(), e.preferredAction(),
                    e.raw()[decision.action()], e.normalised()[decision.action()]));
        }
        return b.toString();
    }
}
