package io.github.netmoe.core.rl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The binary framing of a NetMoE model file (format version {@value #FORMAT_VERSION}), all integers
 * big-endian:
 * <pre>
 * offset        size     content
 * 0             8        magic bytes "NMOEMODL"
 * 8             4        format version (int32)
 * 12            4        metadata length m in bytes (int32)
 * 16            m        metadata: UTF-8 JSON
 * 16+m          8        weight count n (int64)
 * 24+m          8n       weights: IEEE-754 binary64
 * 24+m+8n       32       SHA-256 of every preceding byte
 * </pre>
 * Decoding checks, in this order, the header, the announced lengths against the file length
 * (truncation), the trailing checksum (corruption), and only then hands out the metadata and weights,
 * so a damaged file never yields data.
 */
final class ModelFile {
    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "NMOEMODL".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 8;
    private static final int DIGEST = 32;

    private ModelFile() {
    }

    /** A decoded file: its JSON metadata, its weights, and the SHA-256 of the weight bytes. */
    record Contents(String metadata, double[] weights, String weightsSha256) {
    }

    /** A problem with a file's bytes; the caller adds the file name. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    /** @return the hex SHA-256 of the weights' binary64 big-endian encoding */
    static String weightsSha256(double[] weights) {
        return HexFormat.of().formatHex(sha256().digest(weightBytes(weights)));
    }

    private static byte[] weightBytes(double[] weights) {
        ByteBuffer buffer = ByteBuffer.allocate(8 * weights.length);
        for (double w : weights) {
            buffer.putDouble(w);
        }
        return buffer.array();
    }

    /** Frames metadata and weights into the bytes of a file. */
    static byte[] encode(String metadata, double[] weights) {
        byte[] json = metadata.getBytes(StandardCharsets.UTF_8);
        byte[] body = weightBytes(weights);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + json.length + 8 + body.length + DIGEST);
        buffer.put(MAGIC).putInt(FORMAT_VERSION).putInt(json.length).put(json).putLong(weights.length).put(body);
        MessageDigest digest = sha256();
        digest.update(buffer.array(), 0, buffer.position());
        buffer.put(digest.digest());
        return buffer.array();
    }

    /**
     * @param bytes a whole file
     * @return its contents
     * @throws Damaged describing the first problem found
     */
    static Contents decode(byte[] bytes) throws Damaged {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            boolean prefix = bytes.length < MAGIC.length && Arrays.equals(bytes, 0, bytes.length, MAGIC, 0, bytes.length);
            throw new Damaged(prefix
                    ? "truncated: " + bytes.length + " bytes, shorter than the header"
                    : "not a NetMoE model file (its first bytes are not \"NMOEMODL\")");
        }
        if (bytes.length < HEADER) {
            throw new Damaged("truncated: " + bytes.length + " bytes, shorter than the " + HEADER + "-byte header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position(MAGIC.length);
        int version = buffer.getInt();
        if (version != FORMAT_VERSION) {
            throw new Damaged("unknown format version " + version + "; this library reads version " + FORMAT_VERSION);
        }
        int metadataLength = buffer.getInt();
        long available = bytes.length - HEADER;
        if (metadataLength < 0 || (long) metadataLength + 8 + DIGEST > available) {
            throw new Damaged("truncated or corrupted: the header announces " + metadataLength
                    + " bytes of metadata but the file holds " + bytes.length + " bytes");
        }
        String metadata = new String(bytes, HEADER, metadataLength, StandardCharsets.UTF_8);
        buffer.position(HEADER + metadataLength);
        long count = buffer.getLong();
        long expected = (long) HEADER + metadataLength + 8 + 8 * count + DIGEST;
        if (count < 0 || count > Integer.MAX_VALUE / 8 || expected > bytes.length) {
            throw new Damaged("truncated: the header announces " + count + " weights, " + expected
                    + " bytes in all, but the file holds " + bytes.length + " bytes");
        }
        if (expected < bytes.length) {
            throw new Damaged("corrupted: " + (bytes.length - expected) + " unexpected bytes after the checksum");
        }
        int payload = bytes.length - DIGEST;
        MessageDigest digest = sha256();
        digest.update(bytes, 0, payload);
        byte[] computed = digest.digest();
        if (!Arrays.equals(computed, 0, DIGEST, bytes, payload, bytes.length)) {
            throw new Damaged("checksum mismatch, the file is corrupted: stored SHA-256 "
                    + HexFormat.of().formatHex(bytes, payload, bytes.length) + ", computed "
                    + HexFormat.of().formatHex(computed));
        }
        double[] weights = new double[(int) count];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = buffer.getDouble();
        }
        MessageDigest weightDigest = sha256();
        weightDigest.update(bytes, HEADER + metadataLength + 8, 8 * weights.length);
        return new Contents(metadata, weights, HexFormat.of().formatHex(weightDigest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
