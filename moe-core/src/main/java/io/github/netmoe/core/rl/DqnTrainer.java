package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Decision;
import io.github.netmoe.core.Environment;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.Step;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a deep Q-network on any {@link Environment} through its {@link Environment#features(Object)}:
 * epsilon-greedy exploration with a linear schedule, uniform experience replay, a target network
 * synchronised every {@code targetSyncPeriod} gradient steps, the Huber loss, global gradient-norm
 * clipping and Adam, all set by a {@link DqnConfig}.
 *
 * <pre>{@code
 * DqnResult result = new DqnTrainer(DqnConfig.builder().episodes(2000).seed(7).build())
 *         .train(env, state -> state.atGoal());
 * DqnExpert<MyState> expert = result.toExpert(descriptor, env);
 * result.curve().writeCsv(Path.of("dqn-curve.csv"));
 * }</pre>
 *
 * <p><b>Reproducibility.</b> One {@link SplittableRandom} seeded with {@code config.seed()} is split
 * into independent streams for weight initialisation, the environment, exploration and replay
 * sampling; ND4J's global generator is not used. With {@code OMP_NUM_THREADS=1} two runs with equal
 * configurations give bit-identical networks.
 *
 * <p><b>Episodes.</b> An episode ends when a step is terminal, or is truncated after
 * {@code maxStepsPerEpisode} steps; a truncated transition is not terminal, so its value is
 * bootstrapped. The success predicate judges each episode's final state, for the learning curve only.
 *
 * <p><b>Acting.</b> Greedy actions come from a plain-Java snapshot of the online network (refreshed
 * after each gradient step, only when needed), so acting costs microseconds, not an ND4J call.
 *
 * <p>A trainer is immutable and may run several trainings, one per thread; ND4J work stays on the
 * calling thread.
 */
public final class DqnTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(DqnTrainer.class);

    private final DqnConfig config;
    private final TrainingListener listener;

    /**
     * @param config the training configuration
     */
    public DqnTrainer(DqnConfig config) {
        this(config, TrainingListener.none());
    }

    /**
     * @param config the training configuration
     * @param listener called after every {@code config.reportEvery()} episodes
     */
    public DqnTrainer(DqnConfig config, TrainingListener listener) {
        this.config = Arguments.requireNonNull("config", config);
        this.listener = Arguments.requireNonNull("listener", listener);
    }

    /** @return the configuration */
    public DqnConfig config() {
        return config;
    }

    /**
     * Runs one training.
     *
     * @param environment the task
     * @param success judges whether an episode, given its final state, achieved the task
     * @param <S> the state type
     * @return the trained network, its learning curve and counters
     * @throws InvalidArgumentException if the environment's features are malformed
     * @throws io.github.netmoe.core.ConvergenceException if the loss becomes NaN or infinite
     */
    public <S> DqnResult train(Environment<S> environment, Predicate<? super S> success) {
        Arguments.requireNonNull("environment", environment);
        Arguments.requireNonNull("success", success);
        int featureCount = Arguments.requirePositive("environment.featureCount()", environment.featureCount());
        int actionCount = Arguments.requirePositive("environment.actionCount()", environment.actionCount());
        long start = System.nanoTime();
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom initRng = root.split();
        SplittableRandom envRng = root.split();
        SplittableRandom exploreRng = root.split();
        SplittableRandom replayRng = root.split();
        DqnLearner learner = new DqnLearner(config, featureCount, actionCount, initRng);
        ReplayBuffer buffer = new ReplayBuffer(config.replayCapacity(), featureCount);
        ProgressTracker tracker = new ProgressTracker("dqn", config.episodes(), config.reportEvery(), listener, LOG);
        LOG.info("dqn training on {} ({} features, {} actions): {}", environment.objectives().environmentId(),
                featureCount, actionCount, config);
        long steps = 0;
        int learnFrom = Math.max(config.warmupSteps(), config.batchSize());
        while (tracker.episodes() < config.episodes() && steps < config.maxTotalSteps()) {
            S state = environment.reset(envRng);
            double[] x = Features.of(environment, state);
            double episodeReturn = 0;
            int t = 0;
            while (t < config.maxStepsPerEpisode() && steps < config.maxTotalSteps()) {
                double epsilon = config.epsilon(steps);
                int action = exploreRng.nextDouble() < epsilon
                        ? exploreRng.nextInt(actionCount)
                        : Decision.argmax(learner.snapshot().forward(x));
                Step<S> step = environment.step(state, action, envRng);
                double[] next = Features.of(environment, step.state());
                buffer.add(x, action, step.reward(), next, step.terminal());
                episodeReturn += step.reward();
                steps++;
                t++;
                if (steps >= learnFrom && buffer.size() >= config.batchSize() && steps % config.trainEvery() == 0) {
                    tracker.loss(learner.train(buffer.sample(config.batchSize(), replayRng)));
                }
                state = step.state();
                x = next;
                if (step.terminal()) {
                    break;
                }
            }
            tracker.episode(episodeReturn, success.test(state), t, config.epsilon(steps));
        }
        tracker.finish(config.epsilon(steps));
        double seconds = (System.nanoTime() - start) * 1e-9;
        LOG.info("dqn training finished: {} episodes, {} steps, {} gradient steps in {} s", tracker.episodes(), steps,
                learner.gradientSteps(), String.format(java.util.Locale.ROOT, "%.1f", seconds));
        return new DqnResult(learner.snapshot(), config, tracker.curve(), tracker.episodes(), steps,
                learner.gradientSteps(), seconds);
    }
}
