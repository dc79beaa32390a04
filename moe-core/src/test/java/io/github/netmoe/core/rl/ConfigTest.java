package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Configuration validation and defaults. */
class ConfigTest {

    @Test
    void dqnDefaultsAreTheDocumentedOnes() {
        DqnConfig c = DqnConfig.defaults();
        assertThat(c.hiddenLayers()).containsExactly(64, 64);
        assertThat(c.learningRate()).isEqualTo(1e-3);
        assertThat(c.discount()).isEqualTo(0.99);
        assertThat(c.batchSize()).isEqualTo(64);
        assertThat(c.replayCapacity()).isEqualTo(50_000);
        assertThat(c.targetSyncPeriod()).isEqualTo(500);
        assertThat(c.epsilonStart()).isEqualTo(1.0);
        assertThat(c.epsilonEnd()).isEqualTo(0.05);
        assertThat(c.huberDelta()).isEqualTo(1.0);
        assertThat(c.maxGradientNorm()).isEqualTo(10.0);
        assertThat(c.doubleDqn()).isTrue();
        assertThat(c.seed()).isEqualTo(42);
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.layerSizes(5, 3)).containsExactly(5, 64, 64, 3);
    }

    static Stream<Object[]> invalidDqn() {
        return Stream.of(
                bad("hiddenLayers[1]", b -> b.hiddenLayers(64, 0)),
                bad("learningRate", b -> b.learningRate(0)),
                bad("learningRate", b -> b.learningRate(Double.NaN)),
                bad("discount", b -> b.discount(1.5)),
                bad("batchSize", b -> b.batchSize(0)),
                bad("replayCapacity", b -> b.batchSize(64).replayCapacity(63)),
                bad("warmupSteps", b -> b.warmupSteps(-1)),
                bad("trainEvery", b -> b.trainEvery(0)),
                bad("targetSyncPeriod", b -> b.targetSyncPeriod(0)),
                bad("epsilonStart", b -> b.epsilonStart(1.1)),
                bad("epsilonEnd", b -> b.epsilonStart(0.5).epsilonEnd(0.6)),
                bad("epsilonDecaySteps", b -> b.epsilonDecaySteps(0)),
                bad("huberDelta", b -> b.huberDelta(0)),
                bad("maxGradientNorm", b -> b.maxGradientNorm(Double.POSITIVE_INFINITY)),
                bad("maxStepsPerEpisode", b -> b.maxStepsPerEpisode(0)),
                bad("episodes", b -> b.episodes(0)),
                bad("maxTotalSteps", b -> b.maxTotalSteps(0)),
                bad("reportEvery", b -> b.reportEvery(0)),
                bad("hiddenLayers", b -> b.hiddenLayers((int[]) null)),
                bad("activation", b -> b.activation(null)));
    }

    private static Object[] bad(String field, UnaryOperator<DqnConfig.Builder> change) {
        return new Object[] {field, change};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDqn")
    void dqnConfigNamesTheInvalidField(String field, UnaryOperator<DqnConfig.Builder> change) {
        assertThatThrownBy(() -> change.apply(DqnConfig.builder()).build())
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith(field);
    }

    static Stream<Object[]> invalidGate() {
        List<Object[]> cases = List.of(
                new Object[] {"hiddenLayers[0]", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.hiddenLayers(-3)},
                new Object[] {"learningRate", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.learningRate(2)},
                new Object[] {"discount", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.discount(-0.1)},
                new Object[] {"temperature", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.temperature(0)},
                new Object[] {"episodesPerUpdate", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.episodesPerUpdate(0)},
                new Object[] {"episodes", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.episodes(0)},
                new Object[] {"maxStepsPerEpisode", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.maxStepsPerEpisode(0)},
                new Object[] {"maxGradientNorm", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.maxGradientNorm(-1)},
                new Object[] {"baselineLearningRate",
                        (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.baselineLearningRate(0)},
                new Object[] {"reportEvery", (UnaryOperator<SoftmaxGateConfig.Builder>) b -> b.reportEvery(0)});
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidGate")
    void gateConfigNamesTheInvalidField(String field, UnaryOperator<SoftmaxGateConfig.Builder> change) {
        assertThatThrownBy(() -> change.apply(SoftmaxGateConfig.builder()).build())
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith(field);
    }

    @Test
    void aLinearGateHasNoHiddenLayer() {
        assertThat(SoftmaxGateConfig.builder().hiddenLayers().build().layerSizes(4, 2)).containsExactly(4, 2);
    }
}
