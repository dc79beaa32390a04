package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import java.util.Arrays;

/**
 * What a model file says about itself, read by {@link ExpertStore#info(java.nio.file.Path)} after the
 * file's integrity checks.
 *
 * @param kind {@value ExpertStore#KIND_DQN_EXPERT} or {@value ExpertStore#KIND_SOFTMAX_GATE}
 * @param formatVersion the file format version
 * @param libraryVersion the NetMoE version that wrote the file ({@code unknown} outside a packaged jar)
 * @param id the expert's id, or for a gate its experts joined by {@code +}
 * @param layerSizes the network's layer sizes
 * @param seed the training seed, or null if the file records no training configuration
 * @param weightsSha256 hex SHA-256 of the weights' binary64 big-endian encoding
 * @param metadataJson the file's whole JSON metadata (descriptor, network, training configuration)
 */
public record StoredModelInfo(String kind, int formatVersion, String libraryVersion, String id, int[] layerSizes,
                              Long seed, String weightsSha256, String metadataJson) {
    /**
     * Validates and copies.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on blank text or null arrays
     */
    public StoredModelInfo {
        Arguments.requireNonBlank("kind", kind);
        Arguments.requireNonBlank("libraryVersion", libraryVersion);
        Arguments.requireNonBlank("id", id);
        layerSizes = Arguments.requireNonNull("layerSizes", layerSizes).clone();
        Arguments.requireNonBlank("weightsSha256", weightsSha256);
        Arguments.requireNonBlank("metadataJson", metadataJson);
    }

    @Override
    public int[] layerSizes() {
        return layerSizes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredModelInfo that && kind.equals(that.kind) && formatVersion == that.formatVersion
                && libraryVersion.equals(that.libraryVersion) && id.equals(that.id)
                && Arrays.equals(layerSizes, that.layerSizes) && java.util.Objects.equals(seed, that.seed)
                && weightsSha256.equals(that.weightsSha256) && metadataJson.equals(that.metadataJson);
    }

    @Override
    public int hashCode() {
        return weightsSha256.hashCode() * 31 + metadataJson.hashCode();
    }

    @Override
    public String toString() {
        return "StoredModelInfo[" + kind + " '" + id + "', format " + formatVersion + ", library " + libraryVersion
                + ", layers " + Arrays.toString(layerSizes) + ", seed " + seed + ", weights sha256 " + weightsSha256
                + "]";
    }
}
