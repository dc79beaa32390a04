/**
 * Learning machinery on ND4J: deep Q-network experts, the trained softmax gate, progress reporting
 * and a safe store for trained models.
 *
 * <ul>
 *   <li>{@link io.github.netmoe.core.rl.DqnTrainer} trains a Q-network on any
 *       {@link io.github.netmoe.core.Environment} (replay, target network, epsilon schedule, Huber
 *       loss, gradient clipping, Adam; configured by {@link io.github.netmoe.core.rl.DqnConfig}) and
 *       returns a {@link io.github.netmoe.core.rl.DqnResult}; its
 *       {@link io.github.netmoe.core.rl.DqnExpert} evaluates with a plain-Java snapshot of the network,
 *       off ND4J, on the per-step decision path.</li>
 *   <li>{@link io.github.netmoe.core.rl.SoftmaxGateTrainer} trains the classical mixture-of-experts gate
 *       by policy gradient; the {@link io.github.netmoe.core.rl.TrainedGate} plans with a
 *       {@link io.github.netmoe.core.CombinationRule.LearnedGating} rule and is a
 *       {@link io.github.netmoe.core.GatePolicy} through
 *       {@link io.github.netmoe.core.rl.SoftmaxGatePolicy}.</li>
 *   <li>{@link io.github.netmoe.core.rl.TrainingListener} receives a
 *       {@link io.github.netmoe.core.rl.TrainingProgress} every window of episodes (also logged at INFO
 *       through SLF4J); each run's {@link io.github.netmoe.core.rl.LearningCurve} can be written as CSV.</li>
 *   <li>{@link io.github.netmoe.core.rl.ExpertStore} saves and loads experts and gates: one checksummed,
 *       versioned file each, written atomically, also loadable from the classpath.</li>
 * </ul>
 *
 * <p>ND4J runs on the calling thread; set {@code OMP_NUM_THREADS=1} for reproducible runs (and for
 * speed on small machines). Training is seeded: equal configurations give identical networks.
 */
package io.github.netmoe.core.rl;
