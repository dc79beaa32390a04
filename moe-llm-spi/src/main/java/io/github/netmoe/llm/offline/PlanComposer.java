package io.github.netmoe.llm.offline;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Composition;
import io.github.netmoe.core.Condition;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.PlanException;
import io.github.netmoe.core.PlanRationale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Steps 2 and 3 of the offline gate: from the objectives a requirement asks for to experts and a rule,
 * using only the catalogue's kinds, compositions and conditions.
 *
 * <ul>
 *   <li>Objectives that together are a composition's parts (outage and rate) are read as the
 *       composition (throughput); a composition is served by its parts' experts.</li>
 *   <li>An intermediate objective with a terminal one gives a staged plan: while the intermediate's
 *       condition ({@link ConditionFinder}) is false, the constraint, metric and composition experts plus
 *       the intermediate's; afterwards the same plus the terminal's. Several intermediates make one stage
 *       each, in the order of the requirement. A stage with a constraint is the minimum of its experts'
 *       values (every expert can veto: the experts' normalised values are success probabilities, and the
 *       joint success of objectives that must all hold is at most the smallest of them); a stage
 *       without one is an equally weighted sum.</li>
 *   <li>Otherwise one flat rule over every selected expert with equal weights: the compositions' rule
 *       when all selected compositions share a weighted-sum, weighted-product or minimum rule, else the
 *       minimum when a constraint is among the objectives, else a weighted sum. One expert alone is a
 *       weighted sum of one. A single composition with a utility is priced ({@link PlanPricing}).</li>
 * </ul>
 */
final class PlanComposer {
    private final ObjectiveCatalogue catalogue;
    private final List<ExpertDescriptor> experts;
    private final String gate;

    PlanComposer(ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts, String gate) {
        this.catalogue = catalogue;
        this.experts = experts;
        this.gate = gate;
    }

    GatePlan compose(String requirement, RequirementReading reading) {
        List<String> asked = reading.objectives().stream()
                .filter(id -> catalogue.objective(id).isPresent() || catalogue.composition(id).isPresent()).toList();
        if (asked.isEmpty()) {
            throw new PlanException("the requirement \"" + requirement + "\" names none of the objectives of catalogue '"
                    + catalogue.environmentId() + "' (" + ids() + ")"
                    + (reading.dismissed().isEmpty() ? "" : "; it dismisses " + reading.dismissed()));
        }
        List<Composition> compositions = new ArrayList<>();
        List<String> inferred = new ArrayList<>();
        Set<String> plain = new LinkedHashSet<>();
        for (String id : asked) {
            catalogue.composition(id).ifPresentOrElse(compositions::add, () -> plain.add(id));
        }
        for (Composition c : catalogue.compositions()) {
            if (!compositions.contains(c) && plain.containsAll(c.objectiveIds())) {
                compositions.add(c);
                inferred.add(String.join(" and ", c.objectiveIds()) + " together are " + c.id() + " ("
                        + c.description() + ")");
            }
        }
        compositions.forEach(c -> c.objectiveIds().forEach(plain::remove));
        List<String> objectives = new ArrayList<>();
        compositions.forEach(c -> objectives.add(c.id()));
        objectives.addAll(plain);

        Set<String> needed = new LinkedHashSet<>(plain);
        compositions.forEach(c -> needed.addAll(c.objectiveIds()));
        ExpertSelector selector = new ExpertSelector(experts, needed);
        Map<String, String> expertOf = new LinkedHashMap<>();
        for (String o : needed) {
            ExpertDescriptor d = selector.expertFor(o).orElseThrow(() -> new PlanException("no expert covers objective '"
                    + o + "'; the experts cover " + experts.stream().map(e -> e.id() + " " + e.objectives()).toList()));
            expertOf.put(o, d.id());
        }
        RuleChoice choice = rule(plain, compositions, expertOf);
        String formulation = formulation(requirement, reading, objectives, inferred);
        List<String> selection = new ArrayList<>();
        expertOf.forEach((o, e) -> selection.add(e + " covers " + o));
        PlanRationale rationale = new PlanRationale(formulation, String.join("; ", selection) + ".", choice.why);
        return io.github.netmoe.llm.plan.PlanPricing.priced(
                new GatePlan(requirement, objectives, choice.rule.experts(), choice.rule, rationale, gate), catalogue);
    }

    private record RuleChoice(CombinationRule rule, String why) {
    }

    private RuleChoice rule(Set<String> plain, List<Composition> compositions, Map<String, String> expertOf) {
        List<String> constraints = ofKind(plain, Objective.Kind.CONSTRAINT);
        List<String> intermediates = ofKind(plain, Objective.Kind.INTERMEDIATE);
        List<String> terminals = ofKind(plain, Objective.Kind.TERMINAL);
        List<String> throughout = new ArrayList<>(constraints);
        throughout.addAll(ofKind(plain, Objective.Kind.METRIC));
        compositions.forEach(c -> throughout.addAll(c.objectiveIds()));
        String note = "";
        if (!intermediates.isEmpty() && !terminals.isEmpty()) {
            List<CombinationRule.Stage> stages = new ArrayList<>();
            StringBuilder why = new StringBuilder();
            for (String i : intermediates) {
                Optional<Condition> condition = ConditionFinder.forObjective(catalogue.objective(i).orElseThrow(),
                        catalogue);
                if (condition.isEmpty()) {
                    stages.clear();
                    note = " No catalogue condition says when " + i + " is achieved, so no staged plan is possible.";
                    break;
                }
                List<String> ids = concat(throughout, List.of(i));
                stages.add(new CombinationRule.Stage(condition.get().id(), true, stageRule(ids, constraints, expertOf)));
                why.append("While ").append(condition.get().id()).append(" is false (").append(condition.get()
                        .description()).append(" not yet), the intermediate objective ").append(i)
                        .append(" comes first: ").append(stageRuleName(constraints)).append(" of ")
                        .append(experts(ids, expertOf)).append(". ");
            }
            if (!stages.isEmpty()) {
                List<String> after = concat(throughout, terminals);
                why.append("Afterwards the terminal objective ").append(String.join(", ", terminals))
                        .append(": ").append(stageRuleName(constraints)).append(" of ").append(experts(after, expertOf))
                        .append('.');
                if (!constraints.isEmpty()) {
                    why.append(" The constraint ").append(String.join(", ", constraints))
                            .append(" holds throughout, so its expert takes part in every stage and can veto any move.");
                }
                return new RuleChoice(new CombinationRule.Staged(stages, stageRule(after, constraints, expertOf)),
                        why.toString());
            }
        }
        List<String> all = concat(throughout, concat(intermediates, terminals));
        List<String> ids = experts(all, expertOf);
        Set<CombinationRule.Kind> kinds = new LinkedHashSet<>();
        compositions.forEach(c -> kinds.add(c.rule()));
        CombinationRule.Kind kind = kinds.size() == 1 ? kinds.iterator().next()
                : constraints.isEmpty() ? CombinationRule.Kind.WEIGHTED_SUM : CombinationRule.Kind.MINIMUM;
        if (ids.size() == 1) {
            return new RuleChoice(sum(all, expertOf), "A single objective: its expert " + ids.get(0) + " alone." + note);
        }
        Map<String, Double> equal = new LinkedHashMap<>();
        ids.forEach(e -> equal.put(e, 1.0));
        switch (kind) {
            case WEIGHTED_PRODUCT:
                return new RuleChoice(new CombinationRule.WeightedProduct(equal), "The catalogue combines "
                        + compositionIds(compositions) + " as a product: the product of "
                        + ids + "." + note);
            case MINIMUM:
                return new RuleChoice(new CombinationRule.Minimum(ids), (compositions.isEmpty()
                        ? "The constraint " + String.join(", ", constraints) + " holds throughout"
                        : "The catalogue combines " + compositionIds(compositions)) + ": the minimum of " + ids
                        + ", so every expert can veto." + note);
            default:
                return new RuleChoice(new CombinationRule.WeightedSum(equal), (constraints.isEmpty() ? ""
                        : "The constraint " + String.join(", ", constraints) + " holds throughout. ")
                        + "Equal-weight sum of " + ids + "." + note);
        }
    }

    private static String compositionIds(List<Composition> compositions) {
        return compositions.stream().map(c -> c.id() + " = " + c.rule() + " of " + c.objectiveIds()).toList().toString();
    }

    private List<String> ofKind(Set<String> ids, Objective.Kind kind) {
        return ids.stream().filter(id -> catalogue.objective(id).map(o -> o.kind() == kind).orElse(false)).toList();
    }

    private static CombinationRule stageRule(List<String> objectives, List<String> constraints,
                                             Map<String, String> expertOf) {
        List<String> ids = experts(objectives, expertOf);
        return constraints.isEmpty() || ids.size() == 1 ? sum(objectives, expertOf) : new CombinationRule.Minimum(ids);
    }

    private static String stageRuleName(List<String> constraints) {
        return constraints.isEmpty() ? "equal-weight sum" : "minimum (every expert can veto)";
    }

    private static CombinationRule.WeightedSum sum(List<String> objectives, Map<String, String> expertOf) {
        Map<String, Double> w = new LinkedHashMap<>();
        experts(objectives, expertOf).forEach(e -> w.put(e, 1.0));
        return new CombinationRule.WeightedSum(w);
    }

    private static List<String> experts(List<String> objectives, Map<String, String> expertOf) {
        return List.copyOf(objectives.stream().map(expertOf::get).collect(LinkedHashSet::new, Set::add, Set::addAll));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String formulation(String requirement, RequirementReading reading, List<String> objectives,
                               List<String> inferred) {
        StringBuilder b = new StringBuilder("Read \"").append(requirement).append("\" as ");
        List<String> parts = new ArrayList<>();
        for (ObjectiveEvidence e : reading.evidence()) {
            if (reading.objectives().contains(e.id())) {
                parts.add(e.id() + " (" + kindOf(e.id()) + (e.cues().isEmpty() ? "" : "; from " + quoted(e.cues())) + ")");
            }
        }
        b.append(parts.isEmpty() ? String.join(", ", reading.objectives()) : String.join(", ", parts)).append('.');
        inferred.forEach(i -> b.append(' ').append(i).append('.'));
        if (!objectives.equals(reading.objectives())) {
            b.append(" Objectives: ").append(objectives).append('.');
        }
        for (ObjectiveEvidence e : reading.evidence()) {
            if (reading.dismissed().contains(e.id())) {
                b.append(" Left out ").append(e.id()).append(": ").append(quoted(e.exclusions())).append('.');
            }
        }
        return b.toString();
    }

    private String kindOf(String id) {
        return catalogue.objective(id).map(o -> o.kind().name())
                .orElseGet(() -> catalogue.composition(id).map(c -> "composition " + c.rule()).orElse("?"));
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
    }

    private String ids() {
        List<String> all = new ArrayList<>();
        catalogue.objectives().forEach(o -> all.add(o.id()));
        catalogue.compositions().forEach(c -> all.add(c.id()));
        return String.join(", ", all);
    }
}
