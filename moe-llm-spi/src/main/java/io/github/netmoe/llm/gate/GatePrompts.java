package io.github.netmoe.llm.gate;

import io.github.netmoe.core.Composition;
import io.github.netmoe.core.Condition;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.List;

/**
 * The prompts of the language-model gate: a system prompt that explains the paper's four steps, the rule
 * kinds and how objective kinds combine, and a user prompt that lists the catalogue (objectives with
 * kinds, descriptions and synonyms; compositions; conditions), the experts (id, description, trained
 * objectives, meaning of their evaluations) and the requirement. Built only from the catalogue and the
 * descriptors, so they fit any environment.
 */
final class GatePrompts {
    static final String SYSTEM = """
            You are the gate of a mixture of experts. Each expert is a trained deep-reinforcement-learning agent \
            that scores every action for the one objective it was trained on. You never act yourself: you read a \
            user's requirement and plan how to combine the experts, in four steps.
            1. Objective formulation: read the requirement into objectives of the catalogue, by id. Leave out \
            what the user dismisses ("I don't care about X"); never invent objectives.
            2. Expert selection: choose the experts whose trained objectives cover those objectives, by id \
            exactly as listed; never invent experts.
            3. Inference combination: decide how the selected experts' normalised evaluations n_i[a] combine \
            into one score per action a:
            - WEIGHTED_SUM: s[a] = sum_i w_i n_i[a]. The default.
            - WEIGHTED_PRODUCT: s[a] = prod_i n_i[a]^w_i, for quantities that multiply; use it when a \
            composition of the catalogue says so.
            - MINIMUM: s[a] = min_i n_i[a]: every expert can veto an action.
            - STAGED: stages, each with a condition of the catalogue, "negated" and a simple rule; the first \
            stage whose condition holds (with "negated": true, does not hold) supplies the rule, else \
            "otherwise". Stages cannot nest.
            Objective kinds: a CONSTRAINT holds throughout, so its expert takes part in every stage. An \
            INTERMEDIATE objective must be achieved before the TERMINAL one: use STAGED with one stage \
            {"condition": <the condition saying the intermediate objective is achieved>, "negated": true, \
            "rule": constraint experts + intermediate expert} and "otherwise": constraint experts + terminal \
            expert. A METRIC is a quantity to optimise. A composition is a derived objective: serve it with the \
            experts of its parts and its rule.
            Weights are non-negative numbers, normalised to sum 1; use equal weights unless the requirement \
            says that one objective matters more.
            4. Decision execution: the system applies your plan to every state; you do not take part.
            Rule JSON: {"kind": "WEIGHTED_SUM" or "WEIGHTED_PRODUCT", "weights": [{"expert": <id>, "weight": \
            <number>}, ...]}; {"kind": "MINIMUM", "experts": [<id>, ...]}; {"kind": "STAGED", "stages": \
            [{"condition": <id>, "negated": true, "rule": <weighted or minimum rule>}], "otherwise": <weighted or \
            minimum rule>}.
            Answer with one JSON object and nothing else (no prose, no markdown): {"objectives": [<id>, ...], \
            "experts": [<id>, ...], "rule": <rule>, "rationale": {"objectiveFormulation": <step 1 in a \
            sentence>, "expertSelection": <step 2>, "combination": <step 3>}}; "experts" lists exactly the \
            experts the rule uses.""";

    private GatePrompts() {
    }

    /** The environment, its catalogue and experts, and the requirement. */
    static String context(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        StringBuilder b = new StringBuilder();
        b.append("Environment: ").append(catalogue.environmentId()).append(" (catalogue version ")
                .append(catalogue.version()).append(")\n\nObjectives:\n");
        for (Objective o : catalogue.objectives()) {
            b.append("- ").append(o.id()).append(" [").append(o.kind()).append("]: ").append(o.description());
            if (!o.synonyms().isEmpty()) {
                b.append(" Asked for with words such as: ").append(String.join(", ", o.synonyms())).append('.');
            }
            b.append('\n');
        }
        if (!catalogue.compositions().isEmpty()) {
            b.append("\nCompositions (derived objectives):\n");
            for (Composition c : catalogue.compositions()) {
                b.append("- ").append(c.id()).append(" = ").append(c.rule()).append(" of ")
                        .append(String.join(", ", c.objectiveIds())).append(": ").append(c.description());
                if (!c.synonyms().isEmpty()) {
                    b.append(" Asked for with words such as: ").append(String.join(", ", c.synonyms())).append('.');
                }
                b.append('\n');
            }
        }
        b.append("\nConditions (for STAGED rules):\n");
        if (catalogue.conditions().isEmpty()) {
            b.append("- none: this environment has no staged plans\n");
        }
        for (Condition c : catalogue.conditions()) {
            b.append("- ").append(c.id()).append(": ").append(c.description()).append('\n');
        }
        b.append("\nExperts:\n");
        for (ExpertDescriptor e : experts) {
            b.append("- ").append(e.id()).append(": ").append(e.description()).append(" Trained for: ")
                    .append(String.join(", ", e.objectives())).append(". Evaluations: ").append(e.evaluationMeaning())
                    .append(".\n");
        }
        b.append("\nRequirement: \"").append(requirement).append("\"\n");
        return b.toString();
    }

    /** The user prompt of the one-call mode. */
    static String plan(String context, String schemaOrNull) {
        return context + "\nPlan all three steps and answer with the plan JSON." + schema(schemaOrNull);
    }

    /** The user prompt of step 1 of the per-step mode. */
    static String objectives(String context, String schemaOrNull) {
        return context + "\nDo step 1 only: which objectives (or compositions) does the requirement ask for? Answer"
                + " {\"objectives\": [<id>, ...], \"rationale\": <one sentence>}." + schema(schemaOrNull);
    }

    /** The user prompt of step 2 of the per-step mode. */
    static String experts(String context, String objectivesJson, String schemaOrNull) {
        return context + "\nStep 1 gave: " + objectivesJson + "\nDo step 2 only: which experts serve these"
                + " objectives? Answer {\"experts\": [<id>, ...], \"rationale\": <one sentence>}." + schema(schemaOrNull);
    }

    /** The user prompt of step 3 of the per-step mode. */
    static String rule(String context, String objectivesJson, String expertsJson, String schemaOrNull) {
        return context + "\nStep 1 gave: " + objectivesJson + "\nStep 2 gave: " + expertsJson + "\nDo step 3 only:"
                + " how do the selected experts combine? Answer {\"rule\": <rule using exactly these experts>,"
                + " \"rationale\": <one sentence>}." + schema(schemaOrNull);
    }

    private static String schema(String schemaOrNull) {
        return schemaOrNull == null ? "" : "\nThe answer must be valid against this JSON schema:\n" + schemaOrNull;
    }
}
