package io.github.netmoe.llm.offline;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.GatePolicy;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.List;

/**
 * The gate that needs no language model, and the default when none is configured. It works on any
 * catalogue: it knows no environment, only objective kinds, compositions and conditions.
 *
 * <ol>
 *   <li>Objective formulation: a {@link RequirementMatcher} (default {@link LexicalMatcher}) reads the
 *       ids asked for from the catalogue's ids, synonyms and descriptions, honouring negations and
 *       dismissals ("I don't care about the prize") and typos.</li>
 *   <li>Expert selection: the experts whose declared objectives cover them.</li>
 *   <li>Inference combination: from the catalogue's composition knowledge (see {@link PlanComposer}):
 *       maze "safely obtain the prize first, then arrive at the goal" gives a staged plan (b + c while
 *       {@code prizeCollected} is false, b + a after); wireless "seamless gaming" gives the throughput
 *       composition's product of the outage and rate experts.</li>
 * </ol>
 *
 * <p>Every plan carries the rationale of each step. Thread-safe.
 */
public final class OfflineGate implements GatePolicy {
    /** The gate name in the plans it makes. */
    public static final String NAME = "offline";

    private final RequirementMatcher matcher;

    /** A gate with the {@link LexicalMatcher}. */
    public OfflineGate() {
        this(new LexicalMatcher());
    }

    /**
     * @param matcher reads requirements into catalogue ids
     */
    public OfflineGate(RequirementMatcher matcher) {
        this.matcher = Arguments.requireNonNull("matcher", matcher);
    }

    /**
     * @throws io.github.netmoe.core.PlanException if the requirement names no objective of the catalogue
     *     or an objective has no expert
     * @throws InvalidArgumentException on a blank requirement, no experts or duplicate expert ids
     */
    @Override
    public GatePlan plan(String requirement, ObjectiveCatalogue catalogue, List<ExpertDescriptor> experts) {
        GatePolicy.checkRequest(requirement, catalogue, experts);
        return new PlanComposer(catalogue, experts, NAME).compose(requirement, read(requirement, catalogue));
    }

    /**
     * Step 1 alone, for diagnostics.
     *
     * @param requirement the requirement
     * @param catalogue the catalogue
     * @return how the matcher read it
     */
    public RequirementReading read(String requirement, ObjectiveCatalogue catalogue) {
        return matcher.read(requirement, catalogue);
    }
}
