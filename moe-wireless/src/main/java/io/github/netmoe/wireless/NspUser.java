package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;

/**
 * A user asking the NSP for power: the state of the {@link NspEnvironment} (one decision per user).
 *
 * @param id a label, e.g. the draw index
 * @param link the user's MIMO link
 */
public record NspUser(long id, MrtLink link) {
    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on a null link
     */
    public NspUser {
        Arguments.requireNonNull("link", link);
    }
}
