package io.github.netmoe.llm.offline;

import io.github.netmoe.core.ExpertDescriptor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 2 of the offline gate: for an objective, the expert whose declared objectives cover it. Among
 * several, the one that covers the most of the plan's objectives wins, then the most specialised (fewest
 * declared objectives), then the first listed.
 */
final class ExpertSelector {
    private final List<ExpertDescriptor> experts;
    private final Set<String> wanted;

    ExpertSelector(List<ExpertDescriptor> experts, Collection<String> wanted) {
        this.experts = List.copyOf(experts);
        this.wanted = Set.copyOf(wanted);
    }

    Optional<ExpertDescriptor> expertFor(String objective) {
        ExpertDescriptor best = null;
        for (ExpertDescriptor d : experts) {
            if (d.objectives().contains(objective) && (best == null || better(d, best))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean better(ExpertDescriptor a, ExpertDescriptor b) {
        long coverA = a.objectives().stream().filter(wanted::contains).count();
        long coverB = b.objectives().stream().filter(wanted::contains).count();
        if (coverA != coverB) {
            return coverA > coverB;
        }
        return a.objectives().size() < b.objectives().size();
    }
}
