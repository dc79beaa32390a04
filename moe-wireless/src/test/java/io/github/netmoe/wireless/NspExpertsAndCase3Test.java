package io.github.netmoe.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.rl.DqnExpert;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped NSP experts and Case 3, scored against the exhaustive-search oracle on held-out users
 * (seed 777, distinct from the training draws).
 */
class NspExpertsAndCase3Test {
    private static final NspSettings MARKET = NspSettings.paper();
    private static final UserDistribution USERS = UserDistribution.aroundPaper();
    private static final List<DqnExpert<NspUser>> EXPERTS = NspExperts.shipped();

    @Test
    void shippedExpertsCarryTheCatalogueDescriptorsAndTrainingConfiguration() {
        assertThat(EXPERTS).extracting(e -> e.descriptor()).containsExactlyElementsOf(WirelessCatalogue.descriptors());
        for (DqnExpert<NspUser> e : EXPERTS) {
            assertThat(e.trainingConfig()).contains(NspExperts.trainingConfig(NspExperts.DEFAULT_STEPS,
                    NspExperts.SHIPPED_SEED));
        }
    }

    /** Issue 7's target: each expert's greedy power within 1% of the oracle utility on 1000 held-out users. */
    @Test
    void eachExpertIsWithinOnePercentOfTheOracleOnItsOwnMetric() {
        for (int i = 0; i < EXPERTS.size(); i++) {
            NspMetric metric = NspExperts.METRICS.get(i);
            NspEvaluation.Score s = NspEvaluation.score(NspEvaluation.greedy(EXPERTS.get(i)), metric, MARKET, USERS,
                    1000, 777);
            assertThat(s.ratioOfMeans()).as("%s", metric).isGreaterThanOrEqualTo(0.99);
            assertThat(s.regret().min()).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void theOracleScoresOneAndEveryPolicyAtMostOne() {
        NspEvaluation.Score oracle = NspEvaluation.score(u -> NspOracle.bestAction(MARKET, u.link(), NspMetric.RATE),
                NspMetric.RATE, MARKET, USERS, 200, 1);
        assertThat(oracle.ratioOfMeans()).isEqualTo(1.0);
        assertThat(oracle.exactShare()).isEqualTo(1.0);
        assertThat(oracle.regret().max()).isZero();
        NspEvaluation.Score lowest = NspEvaluation.score(u -> 0, NspMetric.RATE, MARKET, USERS, 200, 1);
        assertThat(lowest.ratioOfMeans()).isLessThan(1.0);
        assertThat(lowest.regret().min()).isGreaterThanOrEqualTo(0.0);
    }

    /** Issue 7's target: the mixture reaches 98% of the oracle's mean throughput utility with no training. */
    @Test
    void case3MixtureReachesNinetyEightPercentOfTheOracleWithoutTraining() {
        var throughput = WirelessCatalogue.catalogue().composition(WirelessCatalogue.THROUGHPUT).orElseThrow();
        GatePlan plan = GatePlan.manual("I need seamless and uninterrupted gaming sessions",
                List.of(WirelessCatalogue.THROUGHPUT), throughput.utility().wrap(CombinationRule.equalProduct(
                        WirelessCatalogue.EXPERT_OUTAGE, WirelessCatalogue.EXPERT_RATE)));
        NspCase3.Outcome o = NspCase3.run(EXPERTS, plan, new NspCase3.Settings(MARKET, USERS, 1000, 777,
                new int[] {300}, 5), line -> { });
        assertThat(o.scores().get("MoE (trained experts)").ratioOfMeans()).isGreaterThanOrEqualTo(0.98);
        assertThat(o.scores().get("MoE (closed-form experts)").ratioOfMeans()).isGreaterThan(0.9999);
        assertThat(o.scores().get("oracle").ratioOfMeans()).isEqualTo(1.0);
        // neither expert alone serves the gamer as well: the combination is what helps
        assertThat(o.scores().get("op-expert alone").ratioOfMeans())
                .isLessThan(o.scores().get("MoE (trained experts)").ratioOfMeans());
        assertThat(o.scores().get("dr-expert alone").ratioOfMeans())
                .isLessThan(o.scores().get("MoE (trained experts)").ratioOfMeans());
        assertThat(o.scratch()).hasSize(1);
    }

    @Test
    void figure6HasOneRowPerPowerLevelWithTheClosedForms() {
        List<NspCase3.PowerRow> rows = NspCase3.figure6(EXPERTS, MARKET, UserDistribution.paperMrtLink());
        assertThat(rows).hasSize(MARKET.levels());
        NspCase3.PowerRow at20 = rows.get(7);
        assertThat(at20.power()).isEqualTo(20.0);
        assertThat(at20.outage()).isCloseTo(0.32550, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(at20.rate()).isCloseTo(3_638_753, org.assertj.core.api.Assertions.within(1.0));
        assertThat(at20.qosEstimates()).containsOnlyKeys("op-expert", "dr-expert", "bep-expert");
        assertThatThrownBy(() -> NspExperts.descriptor(MARKET, NspMetric.THROUGHPUT))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("THROUGHPUT");
    }
}
