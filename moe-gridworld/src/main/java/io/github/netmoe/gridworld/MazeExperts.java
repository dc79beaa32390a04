package io.github.netmoe.gridworld;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.rl.DqnConfig;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.DqnResult;
import io.github.netmoe.core.rl.DqnTrainer;
import io.github.netmoe.core.rl.ExpertStore;
import io.github.netmoe.core.rl.TrainingListener;
import java.util.List;
import java.util.function.Predicate;

/**
 * Trains the maze's three experts, each a DQN that sees only its own objective's reward
 * ({@link MazeRewards#goalOnly()}, {@link MazeRewards#trapOnly()}, {@link MazeRewards#prizeOnly()}),
 * from random start cells so that it knows every cell a mixture may lead it to.
 *
 * <p>Settings: slip {@value #TRAINING_SLIP} (so expert b learns the risk of sliding into the trap),
 * step limit {@value #STEP_LIMIT}, discount 0.9 (wide gaps between Q-values of neighbouring actions), a
 * 2x64 ReLU Q-network, 3000 episodes. Same seed, same experts (with {@code OMP_NUM_THREADS=1}).
 */
public final class MazeExperts {
    /** Slip probability of the training environments. */
    public static final double TRAINING_SLIP = 0.1;
    /** Step limit of training and evaluation episodes. */
    public static final int STEP_LIMIT = 50;
    /** The seed of the shipped experts. */
    public static final long SHIPPED_SEED = 1;
    /** Where the shipped experts lie, relative to this class: {@code experts/<expert id>.nmoe}. */
    public static final String RESOURCE_FOLDER = "experts/";
    /** The expert ids in the order a, b, c. */
    public static final List<String> IDS = List.of(MazeCatalogue.EXPERT_GOAL, MazeCatalogue.EXPERT_TRAP,
            MazeCatalogue.EXPERT_PRIZE);

    private MazeExperts() {
    }

    /**
     * @param seed the training seed
     * @return the DQN settings used for every maze expert
     */
    public static DqnConfig trainingConfig(long seed) {
        return DqnConfig.builder().hiddenLayers(64, 64).discount(0.9).learningRate(1e-3).batchSize(64)
                .replayCapacity(20_000).warmupSteps(500).targetSyncPeriod(250).epsilonStart(1.0).epsilonEnd(0.05)
                .epsilonDecaySteps(15_000).maxStepsPerEpisode(STEP_LIMIT).episodes(3000).maxTotalSteps(40_000)
                .reportEvery(250).seed(seed).build();
    }

    /**
     * The reward an expert is trained on.
     *
     * @param expertId one of {@link MazeCatalogue#EXPERT_GOAL}, {@link MazeCatalogue#EXPERT_TRAP},
     *     {@link MazeCatalogue#EXPERT_PRIZE}
     * @return its reward
     */
    public static MazeRewards rewardsOf(String expertId) {
        return switch (expertId) {
            case MazeCatalogue.EXPERT_GOAL -> MazeRewards.goalOnly();
            case MazeCatalogue.EXPERT_TRAP -> MazeRewards.trapOnly();
            case MazeCatalogue.EXPERT_PRIZE -> MazeRewards.prizeOnly();
            default -> throw new InvalidArgumentException("expertId = '" + expertId + "' must be one of "
                    + List.of(MazeCatalogue.EXPERT_GOAL, MazeCatalogue.EXPERT_TRAP, MazeCatalogue.EXPERT_PRIZE));
        };
    }

    /**
     * Trains one expert.
     *
     * @param expertId the expert
     * @param seed the training seed
     * @param listener progress listener
     * @return the training result (network and learning curve)
     */
    public static DqnResult train(String expertId, long seed, TrainingListener listener) {
        MazeRewards rewards = rewardsOf(expertId);
        GridWorld env = new GridWorld(GridLayout.paper(), rewards, TRAINING_SLIP, STEP_LIMIT, true);
        Predicate<GridState> success = switch (expertId) {
            case MazeCatalogue.EXPERT_GOAL -> GridState::goalReached;
            case MazeCatalogue.EXPERT_TRAP -> s -> !s.trapHit();
            default -> GridState::prizeCollected;
        };
        return new DqnTrainer(trainingConfig(seed), Arguments.requireNonNull("listener", listener)).train(env, success);
    }

    /**
     * Trains experts a, b and c from one seed.
     *
     * @param seed the training seed
     * @param listener progress listener
     * @return the experts in the order a, b, c
     */
    public static List<DqnExpert<GridState>> trainAll(long seed, TrainingListener listener) {
        return IDS.stream().map(id -> expert(id, train(id, seed, listener))).toList();
    }

    /**
     * Loads the experts shipped with this module (trained with {@link #SHIPPED_SEED}; regenerate them with
     * {@code io.github.netmoe.benchmarks.TrainExperts}).
     *
     * @return the experts in the order a, b, c
     * @throws io.github.netmoe.core.ModelStoreException if a shipped file is missing or damaged
     */
    public static List<DqnExpert<GridState>> shipped() {
        GridWorld env = GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0, STEP_LIMIT);
        return IDS.stream().map(id -> ExpertStore.loadExpertResource(MazeExperts.class,
                RESOURCE_FOLDER + id + ExpertStore.FILE_EXTENSION, env)).toList();
    }

    /**
     * Wraps a trained network as the expert with the catalogue's descriptor.
     *
     * @param expertId the expert
     * @param result its training result
     * @return the expert, evaluating states of the paper's maze
     */
    public static DqnExpert<GridState> expert(String expertId, DqnResult result) {
        ExpertDescriptor descriptor = MazeCatalogue.descriptors().stream().filter(d -> d.id().equals(expertId))
                .findFirst().orElseThrow(() -> new InvalidArgumentException("unknown expert '" + expertId + "'"));
        return result.toExpert(descriptor, GridWorld.forTask(GridTask.GOAL_PRIZE_TRAP, 0, STEP_LIMIT));
    }
}
