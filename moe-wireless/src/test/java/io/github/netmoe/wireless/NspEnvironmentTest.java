package io.github.netmoe.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.netmoe.core.CombinationRule;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.MixtureOfExperts;
import io.github.netmoe.core.Step;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The NSP environment, its utilities and the principled throughput combination, against closed forms. */
class NspEnvironmentTest {
    private final NspSettings settings = NspSettings.paper();
    private final MrtLink paperLink = UserDistribution.paperMrtLink();

    @Test
    void rewardIsTheUtilityOfEquationsFourAndFive() {
        NspEnvironment env = new NspEnvironment(settings, NspMetric.OUTAGE, UserDistribution.paperLink());
        NspUser user = new NspUser(1, paperLink);
        int action20W = 7; // 2.5 W * 8
        assertThat(settings.power(action20W)).isEqualTo(20.0);
        Step<NspUser> step = env.step(user, action20W, new SplittableRandom(1));
        double q = paperLink.successProbability(20, 10);
        assertThat(step.reward()).isCloseTo((q - 0.5) / 0.5 - 0.003 * 20, within(1e-15));
        assertThat(step.terminal()).isTrue();
        // at 10 W the outage is 0.969: 1 - OP = 0.031 <= 0.5 violates the constraint, penalised by beta1
        double q10 = paperLink.successProbability(10, 10);
        assertThat(env.step(user, 3, new SplittableRandom(1)).reward())
                .isCloseTo((q10 - 0.5) / 0.5 - 0.03 - 1.0, within(1e-15));
    }

    @Test
    void qosEstimatesRecoverTheClosedFormsAndFloorInfeasibleActionsAtZero() {
        for (NspMetric metric : List.of(NspMetric.OUTAGE, NspMetric.RATE)) {
            QosUtility u = settings.utility(metric);
            double[] utilities = settings.utilities(paperLink, metric);
            double[] qos = u.toQos(settings.powers()).apply(utilities);
            for (int a = 0; a < settings.levels(); a++) {
                double exact = metric.qos(paperLink, settings.power(a), 1e6, 10);
                if (exact > u.qmin()) {
                    assertThat(qos[a]).isCloseTo(exact, within(1e-12 * u.qmax()));
                } else {
                    assertThat(qos[a]).isZero();
                }
            }
        }
    }

    @Test
    void productOfClosedFormExpertsPricedAsThroughputMatchesTheThroughputOracle() {
        var descriptors = WirelessCatalogue.descriptors(settings);
        NspEnvironment env = new NspEnvironment(settings, NspMetric.THROUGHPUT, UserDistribution.aroundPaper());
        MixtureOfExperts<NspUser> moe = new MixtureOfExperts<>(env, List.of(
                new ClosedFormExpert(descriptors.get(0), settings, NspMetric.OUTAGE),
                new ClosedFormExpert(descriptors.get(1), settings, NspMetric.RATE)));
        var composition = env.objectives().composition(WirelessCatalogue.THROUGHPUT).orElseThrow();
        GatePlan plan = GatePlan.manual("gaming", List.of(WirelessCatalogue.THROUGHPUT),
                composition.utility().wrap(CombinationRule.equalProduct(WirelessCatalogue.EXPERT_OUTAGE,
                        WirelessCatalogue.EXPERT_RATE)));
        SplittableRandom rng = new SplittableRandom(2024);
        for (int i = 0; i < 300; i++) {
            NspUser user = env.reset(rng);
            Decision d = moe.decide(user, plan);
            double[] exact = settings.utilities(user.link(), NspMetric.THROUGHPUT);
            int oracle = NspOracle.bestAction(settings, user.link(), NspMetric.THROUGHPUT);
            // the mixture's score is the throughput utility itself wherever both QoS constraints hold
            assertThat(exact[d.action()]).isCloseTo(exact[oracle], within(1e-12));
            assertThat(d.scores()[oracle]).isCloseTo(exact[oracle], within(1e-9));
        }
    }

    @Test
    void paperLinkOptimaAreInteriorAndDistinct() {
        // the documented defaults: about 40 W (outage), 52.5 W (rate), 25 W (bit error), 95 W (throughput)
        assertThat(settings.power(NspOracle.bestAction(settings, paperLink, NspMetric.OUTAGE))).isEqualTo(40.0);
        assertThat(settings.power(NspOracle.bestAction(settings, paperLink, NspMetric.RATE))).isEqualTo(52.5);
        assertThat(settings.power(NspOracle.bestAction(settings, paperLink, NspMetric.BIT_ERROR))).isEqualTo(25.0);
        assertThat(settings.power(NspOracle.bestAction(settings, paperLink, NspMetric.THROUGHPUT))).isEqualTo(95.0);
    }

    @Test
    void featuresAndValidation() {
        NspEnvironment env = new NspEnvironment(settings, NspMetric.RATE, UserDistribution.aroundPaper());
        assertThat(env.features(new NspUser(0, paperLink))).containsExactly(new double[] {0, 0}, within(1e-12));
        assertThat(env.actionCount()).isEqualTo(40);
        assertThatThrownBy(() -> env.step(new NspUser(0, paperLink), 40, new SplittableRandom(1)))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("action = 40 must be in [0, 39]");
        assertThatThrownBy(() -> new QosUtility(NspMetric.RATE, 2, 1, 1, 0.003))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("qmax = 1.0 must be > qmin = 2.0");
        assertThatThrownBy(() -> new NspSettings(new double[] {1, 1}, 1e6, 10, settings.utilities()))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("powers must increase");
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            MrtLink link = UserDistribution.aroundPaper().draw(rng);
            assertThat(link.antennas()).isBetween(8, 12);
            assertThat(link.theta()).isBetween(4.5, 7.5);
            assertThat(link.distance()).isBetween(8.5, 11.5);
        }
    }
}
