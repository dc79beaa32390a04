package io.github.netmoe.core.rl;

import io.github.netmoe.core.Environment;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.random.RandomGenerator;

/** An environment that forwards every call, for tests that override one behaviour. */
class DelegatingEnvironment<S> implements Environment<S> {
    private final Environment<S> delegate;

    DelegatingEnvironment(Environment<S> delegate) {
        this.delegate = delegate;
    }

    @Override
    public S reset(RandomGenerator rng) {
        return delegate.reset(rng);
    }

    @Override
    public Step<S> step(S state, int action, RandomGenerator rng) {
        return delegate.step(state, action, rng);
    }

    @Override
    public int actionCount() {
        return delegate.actionCount();
    }

    @Override
    public double[] features(S state) {
        return delegate.features(state);
    }

    @Override
    public int featureCount() {
        return delegate.featureCount();
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return delegate.objectives();
    }
}
