package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ConvergenceException;
import io.github.netmoe.core.Environment;
import io.github.netmoe.core.Expert;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import io.github.netmoe.core.nn.Mlp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the paper's "gate network" baseline: a small network {@code f} from state features to one
 * logit per expert, whose softmax {@code g(x)} weights a fixed list of trained experts, learned by
 * REINFORCE with a baseline on the environment's (task) reward. The result is a {@link TrainedGate}
 * whose plan carries a {@link io.github.netmoe.core.CombinationRule.LearnedGating} rule, executed by
 * {@link io.github.netmoe.core.MixtureOfExperts} like any other plan.
 *
 * <p><b>Training policy, consistent with run time.</b> At run time the mixture scores every action by
 * {@code score[a] = sum_i g_i(x) n_i[a]} (each expert's evaluations {@code n_i} after its declared
 * normalisation) and takes the highest score. Training samples actions from
 * {@code pi(a|x) = softmax(score(x)/tau)}: the same scoring function made stochastic, whose most
 * likely action is exactly the run-time decision, so improving the return of {@code pi} improves the
 * scores the greedy rule executes. The temperature falls linearly from {@code temperature} (broad
 * exploration) to {@code finalTemperature} (a nearly greedy policy), so training ends on practically
 * the policy that runs. (Sampling one
 * expert from {@code g} and following it instead would train a different policy from the weighted sum
 * that runs.) The gradient of {@code log pi} flows through the weighted sum and the softmax of the
 * gate into {@code f} (see {@link GateGradient}); the experts stay fixed.
 *
 * <p><b>Updates.</b> Every {@code episodesPerUpdate} episodes: discounted returns-to-go {@code G_t}
 * (a truncated episode's tail counts as 0), advantages {@code A_t = G_t - b(x_t)} against a linear
 * baseline {@code b} fitted by normalised least-mean-squares, and one Adam step on
 * {@code L = -(1/T) sum_t A_t log pi(a_t|x_t)} over the batch's {@code T} steps, with gradient-norm
 * clipping. Rollouts use a plain-Java snapshot of {@code f}; the batched back-propagation runs on ND4J.
 *
 * <p>Seeded like {@link DqnTrainer}: equal configurations give identical gates with
 * {@code OMP_NUM_THREADS=1}. A trainer is immutable; each {@code train} call is independent.
 */
public final class SoftmaxGateTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SoftmaxGateTrainer.class);

    private final SoftmaxGateConfig config;
    private final TrainingListener listener;

    /**
     * @param config the training configuration
     */
    public SoftmaxGateTrainer(SoftmaxGateConfig config) {
        this(config, TrainingListener.none());
    }

    /**
     * @param config the training configuration
     * @param listener called after every {@code config.reportEvery()} episodes
     */
    public SoftmaxGateTrainer(SoftmaxGateConfig config, TrainingListener listener) {
        this.config = Arguments.requireNonNull("config", config);
        this.listener = Arguments.requireNonNull("listener", listener);
    }

    /** @return the configuration */
    public SoftmaxGateConfig config() {
        return config;
    }

    /**
     * Trains a gate over {@code experts} on the environment's reward.
     *
     * @param environment the task
     * @param experts the gated experts, distinct ids, in the order of the gate's outputs
     * @param objectives the catalogue objective or composition ids the task stands for (recorded in the
     *     plans the gate makes); may be empty
     * @param success judges an episode by its final state, for the learning curve
     * @param <S> the state type
     * @return the trained gate with its learning curve
     * @throws InvalidArgumentException on duplicate expert ids or objectives unknown to the catalogue
     * @throws io.github.netmoe.core.ExpertEvaluationException if an expert returns malformed evaluations
     * @throws ConvergenceException if the loss becomes NaN or infinite
     */
    public <S> TrainedGate train(Environment<S> environment, List<? extends Expert<S>> experts,
                                 List<String> objectives, Predicate<? super S> success) {
        Arguments.requireNonNull("environment", environment);
        List<Expert<S>> gated = List.copyOf(Arguments.requireNonEmpty("experts", experts));
        List<String> ids = gated.stream().map(e -> e.descriptor().id()).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new InvalidArgumentException("experts " + ids + " must have distinct ids");
        }
        List<String> task = List.copyOf(Arguments.requireNonNull("objectives", objectives));
        ObjectiveCatalogue catalogue = environment.objectives();
        for (String id : task) {
            if (catalogue.objective(id).isEmpty() && catalogue.composition(id).isEmpty()) {
                throw new InvalidArgumentException("objective '" + id + "' is not in catalogue "
                        + catalogue.environmentId());
            }
        }
        Arguments.requireNonNull("success", success);
        int features = Arguments.requirePositive("environment.featureCount()", environment.featureCount());
        Arguments.requirePositive("environment.actionCount()", environment.actionCount());

        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom initRng = root.split();
        SplittableRandom envRng = root.split();
        SplittableRandom actRng = root.split();
        NdMlp network = NdMlp.initialise(config.layerSizes(features, gated.size()), config.activation(), 0.01,
                initRng);
        AdamOptimiser optimiser = new AdamOptimiser(NdMlp.parameterCount(config.layerSizes(features, gated.size())),
                config.learningRate(), config.maxGradientNorm());
        LinearBaseline baseline = new LinearBaseline(features, config.baselineLearningRate());
        ProgressTracker tracker = new ProgressTracker("softmax-gate", config.episodes(), config.reportEvery(),
                listener, LOG);
        LOG.info("softmax-gate training on {} over experts {}: {}", catalogue.environmentId(), ids, config);
        while (tracker.episodes() < config.episodes()) {
            Mlp gate = network.snapshot();
            List<GateGradient.Visit> visits = new ArrayList<>();
            List<Double> returns = new ArrayList<>();
            List<Outcome> outcomes = new ArrayList<>();
            int batch = Math.min(config.episodesPerUpdate(), config.episodes() - tracker.episodes());
            for (int e = 0; e < batch; e++) {
                double temperature = config.temperatureAt(tracker.episodes() + e);
                outcomes.add(rollout(environment, gated, gate, temperature, envRng, actRng, success, visits, returns));
            }
            tracker.loss(update(network, optimiser, baseline, visits, returns));
            for (Outcome o : outcomes) {
                tracker.episode(o.episodeReturn(), o.success(), o.steps(), o.temperature());
            }
        }
        tracker.finish(config.temperatureAt(config.episodes() - 1));
        LOG.info("softmax-gate training finished: {} episodes, {} steps, {} updates", tracker.episodes(),
                tracker.totalSteps(), optimiser.iterations());
        return new TrainedGate(ids, task, network.snapshot(), config, tracker.curve());
    }

    /**
     * Plays one episode with the training policy, appending its visits and discounted returns-to-go
     * (a truncated episode's tail counts as 0).
     */
    private <S> Outcome rollout(Environment<S> environment, List<Expert<S>> gated, Mlp gate, double temperature,
                                SplittableRandom envRng, SplittableRandom actRng, Predicate<? super S> success,
                                List<GateGradient.Visit> visits, List<Double> returns) {
        int actions = environment.actionCount();
        S state = environment.reset(envRng);
        List<Double> rewards = new ArrayList<>();
        boolean terminal = false;
        while (rewards.size() < config.maxStepsPerEpisode() && !terminal) {
            double[] x = Features.of(environment, state);
            double[] g = GateGradient.softmax(gate.forward(x), 1.0);
            double[][] n = GateGradient.normalisedEvaluations(gated, state, actions);
            double[] pi = GateGradient.softmax(GateGradient.scores(g, n), temperature);
            int action = GateGradient.sample(pi, actRng);
            Step<S> step = environment.step(state, action, envRng);
            visits.add(new GateGradient.Visit(x, g, n, pi, temperature, action));
            rewards.add(step.reward());
            state = step.state();
            terminal = step.terminal();
        }
        double[] togo = new double[rewards.size()];
        double discounted = 0;
        double sum = 0;
        for (int k = rewards.size() - 1; k >= 0; k--) {
            discounted = rewards.get(k) + config.discount() * discounted;
            togo[k] = discounted;
            sum += rewards.get(k);
        }
        for (double r : togo) {
            returns.add(r);
        }
        return new Outcome(sum, success.test(state), rewards.size(), temperature);
    }

    /** One policy-gradient step; returns the surrogate loss {@code -(1/T) sum A_t log pi(a_t|x_t)}. */
    private double update(NdMlp network, AdamOptimiser optimiser, LinearBaseline baseline,
                          List<GateGradient.Visit> visits, List<Double> returns) {
        int rows = visits.size();
        int features = network.inputSize();
        int experts = network.outputSize();
        double[] x = new double[rows * features];
        double[] dLogits = new double[rows * experts];
        double loss = 0;
        for (int t = 0; t < rows; t++) {
            GateGradient.Visit v = visits.get(t);
            System.arraycopy(v.features(), 0, x, t * features, features);
            double advantage = returns.get(t) - baseline.value(v.features());
            loss -= advantage * Math.log(v.policy()[v.action()]) / rows;
            GateGradient.logPolicyGradient(v, -advantage / rows, dLogits, t * experts);
        }
        for (int t = 0; t < rows; t++) {
            baseline.fit(visits.get(t).features(), returns.get(t));
        }
        if (!Double.isFinite(loss)) {
            throw new ConvergenceException("softmax-gate training diverged at update " + optimiser.iterations()
                    + ": loss = " + loss + " (learningRate = " + config.learningRate() + ", temperatures = "
                    + config.temperature() + " to " + config.finalTemperature()
                    + "); lower the learning rate or raise the final temperature");
        }
        NdMlp.Pass pass = network.pass(rows, rows);
        pass.forward(x);
        pass.backward(dLogits);
        optimiser.step(network.parameters(), network.gradient());
        return loss;
    }

    private record Outcome(double episodeReturn, boolean success, int steps, double temperature) {
    }

    /** {@code b(x) = w.x + c}, fitted by normalised least-mean-squares. */
    private static final class LinearBaseline {
        private final double[] w;
        private final double rate;
        private double c;

        LinearBaseline(int features, double rate) {
            this.w = new double[features];
            this.rate = rate;
        }

        double value(double[] x) {
            double v = c;
            for (int i = 0; i < x.length; i++) {
                v += w[i] * x[i];
            }
            return v;
        }

        void fit(double[] x, double target) {
            double norm = 1;
            for (double xi : x) {
                norm += xi * xi;
            }
            double step = rate * (target - value(x)) / norm;
            for (int i = 0; i < x.length; i++) {
                w[i] += step * x[i];
            }
            c += step;
        }
    }
}
