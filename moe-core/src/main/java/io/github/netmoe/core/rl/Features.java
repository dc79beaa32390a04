package io.github.netmoe.core.rl;

import io.github.netmoe.core.Environment;
import io.github.netmoe.core.InvalidArgumentException;

/** Checked access to {@link Environment#features(Object)} for the trainers. */
final class Features {
    private Features() {
    }

    /**
     * @return the state's features
     * @throws InvalidArgumentException if the environment returns the wrong length or a non-finite value
     */
    static <S> double[] of(Environment<S> environment, S state) {
        double[] x = environment.features(state);
        int expected = environment.featureCount();
        if (x == null || x.length != expected) {
            throw new InvalidArgumentException("environment " + environment.objectives().environmentId()
                    + " returned " + (x == null ? "null" : x.length + " features") + " but declares featureCount = "
                    + expected);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new InvalidArgumentException("environment " + environment.objectives().environmentId()
                        + " returned feature[" + i + "] = " + x[i] + "; features must be finite");
            }
        }
        return x;
    }
}
