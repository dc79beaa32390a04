package io.github.netmoe.core;

/**
 * A stored model (expert or gate) could not be written or read: the file is missing, truncated,
 * fails its checksum, or has an unknown format version. The message names the file and the problem;
 * a load that throws this never returns a partly loaded model.
 */
public class ModelStoreException extends NetMoeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the file and the problem
     */
    public ModelStoreException(String message) {
        super(message);
    }

    /**
     * @param message names the file and the problem
     * @param cause the underlying I/O or parse failure
     */
    public ModelStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
