package io.github.netmoe.core.rl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.io.AtomicFiles;
import io.github.netmoe.core.Environment;
import io.github.netmoe.core.ModelStoreException;
import io.github.netmoe.core.NetMoeException;
import io.github.netmoe.core.nn.Mlp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Saves and loads trained DQN experts and softmax gates, so that experts are trained once and reused.
 *
 * <p><b>One file per model.</b> JSON metadata (format and library version, kind, the expert's
 * descriptor with its normalisation, the environment it reads, the network's shape, the training
 * configuration with its seed, the SHA-256 of the weights) and the binary64 weights share one file
 * (layout in {@code ModelFile}; the {@value #FILE_EXTENSION} extension is a convention). One file can
 * be replaced in a single atomic rename, whereas a metadata file and a weights file could be seen
 * mismatched by a reader between two renames; one file is also one classpath resource. The metadata
 * comes first and is plain UTF-8, readable with {@code head} or with {@link #info(Path)}.
 *
 * <p><b>Safety.</b> Files are written atomically (temporary file in the same directory, fsync, atomic
 * rename). Loading verifies the magic bytes, the format version, every announced length against the
 * file length, a SHA-256 over the whole file, the metadata's own weights checksum, the metadata's
 * fields and the shapes, and only then builds the model: a truncated, corrupted, unknown-version or
 * mismatched file raises a {@link ModelStoreException} naming the file and the problem, never a
 * partly loaded model. Weights are stored bit for bit, so a loaded expert evaluates exactly like the
 * saved one.
 *
 * <p>Thread-safe (stateless).
 */
public final class ExpertStore {
    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = ModelFile.FORMAT_VERSION;
    /** The conventional file extension. */
    public static final String FILE_EXTENSION = ".nmoe";
    /** The kind of a saved {@link DqnExpert}. */
    public static final String KIND_DQN_EXPERT = "dqn-expert";
    /** The kind of a saved {@link TrainedGate}. */
    public static final String KIND_SOFTMAX_GATE = "softmax-gate";
    /** The largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private ExpertStore() {
    }

    /**
     * Saves a DQN expert (descriptor, network, environment shape, training configuration if known).
     *
     * @param file the destination, replaced atomically if it exists
     * @param expert the expert
     * @throws ModelStoreException if the file cannot be written
     */
    public static void saveExpert(Path file, DqnExpert<?> expert) {
        Arguments.requireNonNull("file", file);
        Arguments.requireNonNull("expert", expert);
        double[] weights = MetadataCodec.weights(expert.network());
        ObjectNode root = header(KIND_DQN_EXPERT);
        ObjectNode environment = root.putObject("environment");
        environment.put("id", expert.environment().objectives().environmentId());
        environment.put("featureCount", expert.environment().featureCount());
        environment.put("actionCount", expert.environment().actionCount());
        root.set("descriptor", MetadataCodec.descriptor(expert.descriptor()));
        root.set("network", MetadataCodec.network(expert.network()));
        expert.trainingConfig().ifPresent(c -> {
            root.set("training", MetadataCodec.MAPPER.valueToTree(c));
            root.put("seed", c.seed());
        });
        write(file, root, weights);
    }

    /**
     * Saves a trained softmax gate (experts, objectives, network, training configuration, learning curve).
     *
     * @param file the destination, replaced atomically if it exists
     * @param gate the gate
     * @throws ModelStoreException if the file cannot be written
     */
    public static void saveGate(Path file, TrainedGate gate) {
        Arguments.requireNonNull("file", file);
        Arguments.requireNonNull("gate", gate);
        ObjectNode root = header(KIND_SOFTMAX_GATE);
        root.set("experts", MetadataCodec.MAPPER.valueToTree(gate.experts()));
        root.set("objectives", MetadataCodec.MAPPER.valueToTree(gate.objectives()));
        root.set("network", MetadataCodec.network(gate.network()));
        root.set("training", MetadataCodec.MAPPER.valueToTree(gate.config()));
        root.put("seed", gate.config().seed());
        root.set("curve", MetadataCodec.MAPPER.valueToTree(gate.curve()));
        write(file, root, MetadataCodec.weights(gate.network()));
    }

    /**
     * Loads a DQN expert for an environment.
     *
     * @param file a file written by {@link #saveExpert}
     * @param environment the environment the expert was trained on (same id, feature and action count)
     * @param <S> the state type
     * @return the expert
     * @throws ModelStoreException naming the file if it is missing, damaged, of another kind or version,
     *     or made for another environment
     */
    public static <S> DqnExpert<S> loadExpert(Path file, Environment<S> environment) {
        Arguments.requireNonNull("environment", environment);
        return expert(readFile(file), describe(file), environment);
    }

    /**
     * Loads a DQN expert shipped as a classpath resource (e.g. under {@code src/main/resources}).
     *
     * @param anchor the class whose {@link Class#getResourceAsStream(String)} resolves the name: relative
     *     to its package, or absolute with a leading {@code /}
     * @param resource the resource name
     * @param environment the environment the expert was trained on
     * @param <S> the state type
     * @return the expert
     * @throws ModelStoreException naming the resource if it is missing or damaged
     */
    public static <S> DqnExpert<S> loadExpertResource(Class<?> anchor, String resource, Environment<S> environment) {
        Arguments.requireNonNull("environment", environment);
        Arguments.requireNonNull("anchor", anchor);
        Arguments.requireNonBlank("resource", resource);
        return expert(readResource(anchor.getResourceAsStream(resource), describe(anchor, resource)),
                describe(anchor, resource), environment);
    }

    /**
     * Loads a DQN expert shipped as a classpath resource.
     *
     * @param loader the class loader whose {@link ClassLoader#getResourceAsStream(String)} resolves the
     *     name (absolute, without a leading {@code /}, e.g. {@code io/github/netmoe/gridworld/goal.nmoe})
     * @param resource the resource name
     * @param environment the environment the expert was trained on
     * @param <S> the state type
     * @return the expert
     * @throws ModelStoreException naming the resource if it is missing or damaged
     */
    public static <S> DqnExpert<S> loadExpertResource(ClassLoader loader, String resource, Environment<S> environment) {
        Arguments.requireNonNull("environment", environment);
        Arguments.requireNonNull("loader", loader);
        Arguments.requireNonBlank("resource", resource);
        return expert(readResource(loader.getResourceAsStream(resource), describe(loader, resource)),
                describe(loader, resource), environment);
    }

    /**
     * Loads a trained softmax gate.
     *
     * @param file a file written by {@link #saveGate}
     * @return the gate
     * @throws ModelStoreException naming the file if it is missing, damaged, or of another kind or version
     */
    public static TrainedGate loadGate(Path file) {
        return gate(readFile(file), describe(file));
    }

    /**
     * Loads a trained softmax gate shipped as a classpath resource.
     *
     * @param anchor the class that resolves the name (see {@link #loadExpertResource})
     * @param resource the resource name
     * @return the gate
     * @throws ModelStoreException naming the resource if it is missing or damaged
     */
    public static TrainedGate loadGateResource(Class<?> anchor, String resource) {
        Arguments.requireNonNull("anchor", anchor);
        Arguments.requireNonBlank("resource", resource);
        return gate(readResource(anchor.getResourceAsStream(resource), describe(anchor, resource)),
                describe(anchor, resource));
    }

    /**
     * Loads a trained softmax gate shipped as a classpath resource.
     *
     * @param loader the class loader that resolves the name (see {@link #loadExpertResource(ClassLoader,
     *     String, Environment)})
     * @param resource the resource name
     * @return the gate
     * @throws ModelStoreException naming the resource if it is missing or damaged
     */
    public static TrainedGate loadGateResource(ClassLoader loader, String resource) {
        Arguments.requireNonNull("loader", loader);
        Arguments.requireNonBlank("resource", resource);
        return gate(readResource(loader.getResourceAsStream(resource), describe(loader, resource)),
                describe(loader, resource));
    }

    /**
     * Reads what a model file says about itself, after the same integrity checks as loading.
     *
     * @param file a model file
     * @return its metadata
     * @throws ModelStoreException naming the file if it is missing or damaged
     */
    public static StoredModelInfo info(Path file) {
        String source = describe(file);
        return decoding(source, () -> {
            Loaded loaded = Loaded.of(readFile(file), null);
            JsonNode root = loaded.metadata();
            String kind = MetadataCodec.text(root, "kind");
            String id = KIND_DQN_EXPERT.equals(kind)
                    ? MetadataCodec.text(MetadataCodec.field(root, "descriptor"), "id")
                    : String.join("+", MetadataCodec.strings(root, "experts"));
            Mlp network = MetadataCodec.network(MetadataCodec.field(root, "network"), loaded.contents().weights());
            Long seed = root.hasNonNull("seed") ? MetadataCodec.integer(root, "seed") : null;
            return new StoredModelInfo(kind, (int) MetadataCodec.integer(root, "formatVersion"),
                    MetadataCodec.text(root, "libraryVersion"), id, network.layerSizes(), seed,
                    loaded.contents().weightsSha256(), loaded.contents().metadata());
        });
    }

    /** @return the version of this library, from the jar manifest, or {@code unknown} */
    public static String libraryVersion() {
        String version = ExpertStore.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "unknown" : version;
    }

    private static <S> DqnExpert<S> expert(byte[] bytes, String source, Environment<S> environment) {
        return decoding(source, () -> {
            Loaded loaded = Loaded.of(bytes, KIND_DQN_EXPERT);
            JsonNode root = loaded.metadata();
            Mlp network = MetadataCodec.network(MetadataCodec.field(root, "network"), loaded.contents().weights());
            JsonNode env = MetadataCodec.field(root, "environment");
            String id = MetadataCodec.text(env, "id");
            long features = MetadataCodec.integer(env, "featureCount");
            long actions = MetadataCodec.integer(env, "actionCount");
            String expected = environment.objectives().environmentId();
            if (!id.equals(expected) || features != environment.featureCount()
                    || actions != environment.actionCount()) {
                throw new ModelFile.Damaged("expert was trained on environment '" + id + "' (" + features
                        + " features, " + actions + " actions) but is loaded for '" + expected + "' ("
                        + environment.featureCount() + " features, " + environment.actionCount() + " actions)");
            }
            DqnConfig config = root.hasNonNull("training")
                    ? MetadataCodec.value(root, "training", DqnConfig.class)
                    : null;
            return new DqnExpert<>(MetadataCodec.descriptor(MetadataCodec.field(root, "descriptor")), network,
                    environment, config);
        });
    }

    private static TrainedGate gate(byte[] bytes, String source) {
        return decoding(source, () -> {
            Loaded loaded = Loaded.of(bytes, KIND_SOFTMAX_GATE);
            JsonNode root = loaded.metadata();
            Mlp network = MetadataCodec.network(MetadataCodec.field(root, "network"), loaded.contents().weights());
            return new TrainedGate(MetadataCodec.strings(root, "experts"), MetadataCodec.strings(root, "objectives"),
                    network, MetadataCodec.value(root, "training", SoftmaxGateConfig.class),
                    MetadataCodec.value(root, "curve", LearningCurve.class));
        });
    }

    /** A file that passed the framing and checksum checks, with its parsed metadata. */
    private record Loaded(ModelFile.Contents contents, JsonNode metadata) {
        static Loaded of(byte[] bytes, String expectedKind) throws ModelFile.Damaged {
            ModelFile.Contents contents = ModelFile.decode(bytes);
            JsonNode root = MetadataCodec.parse(contents.metadata());
            long version = MetadataCodec.integer(root, "formatVersion");
            if (version != ModelFile.FORMAT_VERSION) {
                throw new ModelFile.Damaged("metadata declares format version " + version + " but the header "
                        + ModelFile.FORMAT_VERSION);
            }
            String kind = MetadataCodec.text(root, "kind");
            if (expectedKind != null && !expectedKind.equals(kind)) {
                throw new ModelFile.Damaged("holds a " + kind + ", not a " + expectedKind);
            }
            String declared = MetadataCodec.text(root, "weightsSha256");
            if (!declared.equalsIgnoreCase(contents.weightsSha256())) {
                throw new ModelFile.Damaged("weights checksum mismatch: metadata declares SHA-256 " + declared
                        + ", the weights hash to " + contents.weightsSha256());
            }
            return new Loaded(contents, root);
        }
    }

    @FunctionalInterface
    private interface Decoding<T> {
        T run() throws ModelFile.Damaged;
    }

    private static <T> T decoding(String source, Decoding<T> decoding) {
        try {
            return decoding.run();
        } catch (ModelFile.Damaged e) {
            throw new ModelStoreException(source + ": " + e.getMessage());
        } catch (ModelStoreException e) {
            throw e;
        } catch (NetMoeException e) {
            throw new ModelStoreException(source + ": invalid model: " + e.getMessage(), e);
        }
    }

    private static ObjectNode header(String kind) {
        ObjectNode root = MetadataCodec.MAPPER.createObjectNode();
        root.put("format", "netmoe-model");
        root.put("formatVersion", ModelFile.FORMAT_VERSION);
        root.put("kind", kind);
        root.put("libraryVersion", libraryVersion());
        return root;
    }

    private static void write(Path file, ObjectNode root, double[] weights) {
        root.put("weightsSha256", ModelFile.weightsSha256(weights));
        byte[] bytes = ModelFile.encode(MetadataCodec.write(root), weights);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new ModelStoreException(describe(file) + ": cannot write: " + e, e);
        }
    }

    private static byte[] readFile(Path file) {
        Arguments.requireNonNull("file", file);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelStoreException(describe(file) + ": " + size + " bytes, more than the "
                        + MAX_FILE_BYTES + " a model file may have");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelStoreException(describe(file) + ": no such file", e);
        } catch (IOException e) {
            throw new ModelStoreException(describe(file) + ": cannot read: " + e, e);
        }
    }

    private static byte[] readResource(InputStream stream, String source) {
        try (InputStream in = stream) {
            if (in == null) {
                throw new ModelStoreException(source + ": no such resource");
            }
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES);
            if (in.read() >= 0) {
                throw new ModelStoreException(source + ": more than the " + MAX_FILE_BYTES
                        + " bytes a model file may have");
            }
            return bytes;
        } catch (IOException e) {
            throw new ModelStoreException(source + ": cannot read: " + e, e);
        }
    }

    private static String describe(Path file) {
        return "model file " + file.toAbsolutePath();
    }

    private static String describe(Class<?> anchor, String resource) {
        return "model resource '" + resource + "' (resolved by " + anchor.getName() + ")";
    }

    private static String describe(ClassLoader loader, String resource) {
        return "model resource '" + resource + "' (resolved by class loader " + loader.getName() + ")";
    }
}
