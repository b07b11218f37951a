package org.cpecwatch.ingest;

import java.time.Duration;

/** Wakes the ingest worker early: a new file in the inbox, an acknowledgement to finish, a stop. */
final class Wakeup {

    private boolean signalled;

    synchronized void signal() {
        signalled = true;
        notifyAll();
    }

    /** Waits until signalled or {@code atMost} passed; a signal given while the worker was busy counts too. */
    synchronized void await(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!signalled) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        signalled = false;
    }
}
