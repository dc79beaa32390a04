package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.ModelStoreException;
import io.github.netmoe.core.Normalisation;
import io.github.netmoe.core.nn.Mlp;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Save/load round trips and every way a model file can be damaged. */
class ExpertStoreTest {
    private static final Corridor CORRIDOR = new Corridor(7);
    private static final DqnConfig CONFIG = DqnConfig.builder().hiddenLayers(16, 16).seed(1234).episodes(77).build();

    @TempDir
    Path dir;

    static Stream<Normalisation> normalisations() {
        return Stream.of(Normalisation.identity(), Normalisation.minMax(), Normalisation.softmax(0.5),
                new Normalisation.Affine(new double[] {2.0, -1.5}, new double[] {0.25}),
                new Normalisation.Affine(new double[] {0.5}, new double[] {-0.1, 0.2}, 0.0));
    }

    @ParameterizedTest
    @MethodSource("normalisations")
    void expertRoundTripIsBitIdentical(Normalisation normalisation) {
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, normalisation, CONFIG);
        Path file = dir.resolve("walker" + ExpertStore.FILE_EXTENSION);
        ExpertStore.saveExpert(file, expert);
        DqnExpert<Integer> loaded = ExpertStore.loadExpert(file, CORRIDOR);
        assertThat(loaded.descriptor()).isEqualTo(expert.descriptor());
        assertThat(loaded.network()).isEqualTo(expert.network());
        assertThat(loaded.trainingConfig()).contains(CONFIG);
        for (int cell = 0; cell < CORRIDOR.featureCount(); cell++) {
            assertThat(loaded.evaluate(cell)).containsExactly(expert.evaluate(cell));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void expertWithoutTrainingConfigRoundTrips() {
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, Normalisation.minMax(), null);
        Path file = dir.resolve("plain.nmoe");
        ExpertStore.saveExpert(file, expert);
        assertThat(ExpertStore.loadExpert(file, CORRIDOR).trainingConfig()).isEmpty();
        assertThat(ExpertStore.info(file).seed()).isNull();
    }

    @Test
    void gateRoundTripKeepsEverythingIncludingTheCurve() {
        LearningCurve curve = new LearningCurve("softmax-gate", List.of(
                new LearningCurve.Window(10, 55, 10, 0.5, 0.4, 5.5, 0.1, Double.NaN),
                new LearningCurve.Window(20, 90, 10, 0.9, 1.0, 3.5, 0.1, -0.25)));
        TrainedGate gate = new TrainedGate(List.of("left", "right"), List.of("goal"),
                Models.randomMlp(3, Mlp.Activation.TANH, 7, 8, 2), SoftmaxGateConfig.builder().seed(9).build(), curve);
        Path file = dir.resolve("gate.nmoe");
        ExpertStore.saveGate(file, gate);
        assertThat(ExpertStore.loadGate(file)).isEqualTo(gate);
        StoredModelInfo info = ExpertStore.info(file);
        assertThat(info.kind()).isEqualTo(ExpertStore.KIND_SOFTMAX_GATE);
        assertThat(info.id()).isEqualTo("left+right");
        assertThat(info.seed()).isEqualTo(9L);
        assertThat(info.layerSizes()).containsExactly(7, 8, 2);
        assertThat(info.formatVersion()).isEqualTo(ExpertStore.FORMAT_VERSION);
    }

    @Test
    void savingReplacesAnExistingFileAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("walker.nmoe");
        Files.writeString(file, "old content");
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, Normalisation.identity(), CONFIG);
        ExpertStore.saveExpert(file, expert);
        assertThat(ExpertStore.loadExpert(file, CORRIDOR).network()).isEqualTo(expert.network());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedSaveNamesTheFileAndLeavesNothingBehind() throws IOException {
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "x");
        Path file = blocker.resolve("walker.nmoe");
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, Normalisation.identity(), CONFIG);
        assertThatThrownBy(() -> ExpertStore.saveExpert(file, expert)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("cannot write");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(blocker);
        }
    }

    @Test
    void loadsFromTheClasspath() throws IOException {
        Path root = dir.resolve("classes");
        Path file = root.resolve("models/walker.nmoe");
        Files.createDirectories(file.getParent());
        DqnExpert<Integer> expert = Models.corridorExpert(CORRIDOR, Normalisation.minMax(), CONFIG);
        ExpertStore.saveExpert(file, expert);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            DqnExpert<Integer> loaded = ExpertStore.loadExpertResource(loader, "models/walker.nmoe", CORRIDOR);
            assertThat(loaded.network()).isEqualTo(expert.network());
            assertThatThrownBy(() -> ExpertStore.loadGateResource(loader, "models/missing.nmoe"))
                    .isInstanceOf(ModelStoreException.class).hasMessageContaining("models/missing.nmoe")
                    .hasMessageContaining("no such resource");
        }
        assertThatThrownBy(() -> ExpertStore.loadExpertResource(ExpertStoreTest.class, "absent.nmoe", CORRIDOR))
                .isInstanceOf(ModelStoreException.class).hasMessageContaining("absent.nmoe");
    }

    @Test
    void refusesAFileOfAnotherKindOrEnvironment() {
        Path file = dir.resolve("walker.nmoe");
        ExpertStore.saveExpert(file, Models.corridorExpert(CORRIDOR, Normalisation.identity(), CONFIG));
        assertThatThrownBy(() -> ExpertStore.loadGate(file)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a softmax-gate");
        assertThatThrownBy(() -> ExpertStore.loadExpert(file, new Corridor(9))).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("7 features").hasMessageContaining("9 features");
        assertThatThrownBy(() -> ExpertStore.loadExpert(file, new ContextualBandit(7, 2)))
                .isInstanceOf(ModelStoreException.class).hasMessageContaining("'corridor'")
                .hasMessageContaining("'bandit'");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nothing.nmoe");
        assertThatThrownBy(() -> ExpertStore.loadExpert(file, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no such file");
    }

    /** Each damage with the words its message must contain. */
    static Stream<Object[]> damages() {
        return Stream.of(
                new Object[] {"empty file", (Damage) b -> new byte[0], "truncated"},
                new Object[] {"cut inside the header", (Damage) b -> Arrays.copyOf(b, 10), "truncated"},
                new Object[] {"cut inside the metadata", (Damage) b -> Arrays.copyOf(b, 200), "truncated"},
                new Object[] {"cut inside the weights", (Damage) b -> Arrays.copyOf(b, b.length - 100), "truncated"},
                new Object[] {"last byte missing", (Damage) b -> Arrays.copyOf(b, b.length - 1), "truncated"},
                new Object[] {"bytes appended", (Damage) b -> Arrays.copyOf(b, b.length + 3), "unexpected bytes"},
                new Object[] {"weight byte flipped", (Damage) b -> flip(b, b.length - 40), "checksum mismatch"},
                new Object[] {"metadata byte flipped", (Damage) b -> flip(b, 30), "checksum mismatch"},
                new Object[] {"checksum byte flipped", (Damage) b -> flip(b, b.length - 1), "checksum mismatch"},
                new Object[] {"unknown version", (Damage) b -> ByteBuffer.wrap(b.clone()).putInt(8, 2).array(),
                        "unknown format version 2"},
                new Object[] {"not a model file", (Damage) b -> "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8),
                        "not a NetMoE model file"});
    }

    interface Damage {
        byte[] apply(byte[] valid);
    }

    static byte[] flip(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x10;
        return copy;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsRejectedWithItsNameAndProblem(String name, Damage damage, String problem) throws IOException {
        Path good = dir.resolve("good.nmoe");
        ExpertStore.saveExpert(good, Models.corridorExpert(CORRIDOR, Normalisation.minMax(), CONFIG));
        Path bad = dir.resolve("bad.nmoe");
        Files.write(bad, damage.apply(Files.readAllBytes(good)));
        assertThatThrownBy(() -> ExpertStore.loadExpert(bad, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining(problem);
        assertThatThrownBy(() -> ExpertStore.info(bad)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining(problem);
    }

    /** A file re-framed with a valid trailer but metadata whose weight checksum no longer matches. */
    @Test
    void metadataChecksumMustMatchTheWeights() throws Exception {
        Path good = dir.resolve("good.nmoe");
        ExpertStore.saveExpert(good, Models.corridorExpert(CORRIDOR, Normalisation.minMax(), CONFIG));
        ModelFile.Contents contents = ModelFile.decode(Files.readAllBytes(good));
        double[] weights = contents.weights();
        weights[0] += 1;
        Path bad = dir.resolve("bad.nmoe");
        Files.write(bad, ModelFile.encode(contents.metadata(), weights));
        assertThatThrownBy(() -> ExpertStore.loadExpert(bad, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("weights checksum mismatch");
    }

    /** Valid framing, but a required metadata field is missing or the shapes disagree. */
    @Test
    void invalidMetadataIsNamed() throws Exception {
        Path good = dir.resolve("good.nmoe");
        ExpertStore.saveExpert(good, Models.corridorExpert(CORRIDOR, Normalisation.minMax(), CONFIG));
        ModelFile.Contents contents = ModelFile.decode(Files.readAllBytes(good));
        Path bad = dir.resolve("bad.nmoe");
        Files.write(bad, ModelFile.encode(contents.metadata().replace("\"descriptor\"", "\"descriptr\""),
                contents.weights()));
        assertThatThrownBy(() -> ExpertStore.loadExpert(bad, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("'descriptor' is missing");
        Files.write(bad, ModelFile.encode(contents.metadata().replace("\"layerSizes\" : [ 7, 16, 16, 2 ]",
                "\"layerSizes\" : [ 7, 16, 15, 2 ]"), contents.weights()));
        assertThatThrownBy(() -> ExpertStore.loadExpert(bad, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("needs");
        Files.write(bad, ModelFile.encode(contents.metadata().replace("\"minMax\"", "\"zScore\""), contents.weights()));
        assertThatThrownBy(() -> ExpertStore.loadExpert(bad, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("unknown normalisation type 'zScore'");
        Files.write(bad, ModelFile.encode(contents.metadata().replace("\"batchSize\" : 64", "\"batchSize\" : 0"),
                contents.weights()));
        assertThatThrownBy(() -> ExpertStore.loadExpert(bad, CORRIDOR)).isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("batchSize");
    }
}
