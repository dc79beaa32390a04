package io.github.netmoe.llm;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Composition;
import io.github.netmoe.core.Condition;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import java.util.List;

/**
 * Catalogues for the module's own tests. moe-llm-spi must not depend on the environment modules, so
 * these are stand-ins: a maze with the paper's shape (goal, prize, trap, {@code prizeCollected}), a
 * warehouse robot with other words and ids (to show the gates read kinds, not names), and a link with
 * two metrics that compose as a product.
 */
public final class TestCatalogues {
    private TestCatalogues() {
    }

    public static ObjectiveCatalogue maze() {
        return new ObjectiveCatalogue("test-maze", "1", List.of(
                new Objective("goal", "Reach the goal cell.", Objective.Kind.TERMINAL,
                        List.of("goal", "exit", "arrive", "reach", "shortest path")),
                new Objective("prize", "Collect the prize on the way.", Objective.Kind.INTERMEDIATE,
                        List.of("prize", "treasure", "collect", "obtain", "explore")),
                new Objective("trap", "Never step on the trap.", Objective.Kind.CONSTRAINT,
                        List.of("trap", "safe", "safely", "avoid", "danger"))),
                List.of(), List.of(new Condition("prizeCollected", "The prize has been collected.")));
    }

    public static List<ExpertDescriptor> mazeExperts() {
        return List.of(expert("a-goal", "goal"), expert("b-avoid-trap", "trap"), expert("c-prize", "prize"));
    }

    public static ObjectiveCatalogue warehouse() {
        return new ObjectiveCatalogue("warehouse", "7", List.of(
                new Objective("dock", "Return to the charging dock; the shift ends there.", Objective.Kind.TERMINAL,
                        List.of("dock", "charger", "return", "go home")),
                new Objective("parcel", "Pick up the parcel from the shelf.", Objective.Kind.INTERMEDIATE,
                        List.of("parcel", "package", "pick up", "fetch")),
                new Objective("label", "Scan the parcel's label.", Objective.Kind.INTERMEDIATE,
                        List.of("label", "scan", "barcode")),
                new Objective("collision", "Never bump into people or racks.", Objective.Kind.CONSTRAINT,
                        List.of("collision", "bump", "crash", "careful"))),
                List.of(),
                List.of(new Condition("hasParcel", "The robot carries the parcel."),
                        new Condition("labelScanned", "The label has been scanned.")));
    }

    public static List<ExpertDescriptor> warehouseExperts() {
        return List.of(expert("dock-x", "dock"), expert("parcel-x", "parcel"), expert("scan-x", "label"),
                expert("safety-x", "collision"));
    }

    public static ObjectiveCatalogue link() {
        return new ObjectiveCatalogue("test-link", "2", List.of(
                new Objective("outage", "Outage probability; minimise it.", Objective.Kind.METRIC,
                        List.of("outage", "reliable", "uninterrupted", "drop")),
                new Objective("rate", "Data rate; maximise it.", Objective.Kind.METRIC,
                        List.of("rate", "fast", "speed", "download")),
                new Objective("ber", "Bit-error probability; minimise it.", Objective.Kind.METRIC,
                        List.of("bit error", "accurate", "corrupted"))),
                List.of(new Composition("throughput", "TP = (1 - OP) * DR", List.of("outage", "rate"),
                        CombinationRule.Kind.WEIGHTED_PRODUCT, List.of("throughput", "gaming", "seamless"))),
                List.of());
    }

    public static List<ExpertDescriptor> linkExperts() {
        return List.of(expert("op-expert", "outage"), expert("dr-expert", "rate"), expert("bep-expert", "ber"));
    }

    public static ExpertDescriptor expert(String id, String objective) {
        return ExpertDescriptor.of(id, "Expert trained for " + objective + ".", List.of(objective),
                "Q-value for " + objective, Normalisation.minMax());
    }
}
