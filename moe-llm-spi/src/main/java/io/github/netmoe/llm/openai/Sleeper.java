package io.github.netmoe.llm.openai;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests pass one that records the
 * requested delays instead, so a {@code Retry-After: 2} is checked without waiting two seconds.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps the calling thread. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    /**
     * @param duration how long to wait, {@code >= 0}
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
