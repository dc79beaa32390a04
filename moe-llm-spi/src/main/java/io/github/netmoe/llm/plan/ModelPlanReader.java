package io.github.netmoe.llm.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.NetMoeException;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.PlanParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a language model answered into a {@link GatePlan} that uses only the catalogue's
 * objectives and conditions and the available experts, or fails with a {@link PlanParseException}
 * carrying the raw answer. No other exception escapes {@link #read}.
 *
 * <p>Repaired, because the intent is unambiguous: prose or markdown fences around the JSON, comments,
 * trailing commas, single quotes ({@link JsonText}); a wrapper object {@code {"plan": {...}}}; ids that
 * differ from exactly one known id only in case or separators, or that are a unique short form
 * ({@code a} for {@code a-goal}) or synonym; the rule variants listed in {@link RuleReader}; a missing
 * expert list (the rule's experts) or objective list (the objectives the selected experts declare).
 * Every repair is logged and appended to the plan's rationale.
 *
 * <p>Rejected: no JSON or truncated JSON, unknown (hallucinated) experts, objectives or conditions,
 * negative, NaN, infinite or absurd (&gt; 1e6) weights, a staged rule without stages or an
 * {@code otherwise}, nested stages, a learned gating rule, and selected experts that differ from the
 * rule's.
 *
 * <p>Thread-safe (immutable).
 */
public final class ModelPlanReader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelPlanReader.class);

    private final ObjectiveCatalogue catalogue;
    private final List<ExpertDescriptor> experts;

    /**
     * @param catalogue the environment's catalogue
     * @param experts the available experts
     */
    public ModelPlanReader(ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        this.catalogue = Arguments.requireNonNull("catalogue", catalogue);
        this.experts = List.copyOf(Arguments.requireNonEmpty("experts", experts));
    }

    /**
     * @param raw the model's answer as it wrote it
     * @param requirement the requirement the plan is for
     * @param gate the gate's name for the plan, e.g. {@code llm:gpt-4o}
     * @return the plan
     * @throws PlanParseException carrying {@code raw} if no valid plan can be read from it
     */
    public GatePlan read(String raw, String requirement, String gate) {
        Arguments.requireNonNull("requirement", requirement);
        Arguments.requireNonBlank("gate", gate);
        try {
            ObjectNode root = unwrap(JsonText.object(raw));
            PlanBodyReader body = new PlanBodyReader(new CatalogueVocabulary(catalogue, experts));
            GatePlan plan = body.read(root, requirement, gate, this::declaredObjectives);
            return PlanPricing.priced(withRepairs(plan, body.repairs()), catalogue);
        } catch (PlanProblem e) {
            throw new PlanParseException(e.getMessage(), raw);
        } catch (NetMoeException e) {
            throw new PlanParseException("the model's plan is invalid: " + e.getMessage(), raw, e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PlanParseException("the model's answer could not be read: " + e, raw, e);
        }
    }

    private static ObjectNode unwrap(ObjectNode root) {
        if (root.size() == 1) {
            JsonNode only = root.elements().next();
            String name = Fields.squash(root.fieldNames().next());
            if (only instanceof ObjectNode inner && Set.of("plan", "gateplan", "answer", "result").contains(name)) {
                return inner;
            }
        }
        return root;
    }

    private List<String> declaredObjectives(CombinationRule rule) {
        Map<String, ExpertDescriptor> byId = experts.stream()
                .collect(Collectors.toMap(ExpertDescriptor::id, d -> d, (a, b) -> a));
        Set<String> objectives = new LinkedHashSet<>();
        for (String id : rule.experts()) {
            ExpertDescriptor d = byId.get(id);
            if (d != null) {
                d.objectives().stream().filter(o -> catalogue.objective(o).isPresent()).forEach(objectives::add);
            }
        }
        return new ArrayList<>(objectives);
    }

    private static GatePlan withRepairs(GatePlan plan, List<String> repairs) {
        if (repairs.isEmpty()) {
            return plan;
        }
        LOG.info("repaired the model's plan for '{}': {}", plan.requirement(), repairs);
        String combination = plan.rationale().combination();
        String note = "[parser repairs: " + String.join("; ", repairs) + "]";
        return new GatePlan(plan.requirement(), plan.objectives(), plan.experts(), plan.rule(),
                new io.github.netmoe.core.PlanRationale(plan.rationale().objectiveFormulation(),
                        plan.rationale().expertSelection(), combination.isEmpty() ? note : combination + " " + note),
                plan.gate());
    }
}
