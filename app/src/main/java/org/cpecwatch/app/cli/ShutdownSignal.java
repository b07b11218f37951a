package org.cpecwatch.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM: the JVM's shutdown hook asks the command to stop and waits until it has closed everything,
 * so Kafka transactions end and the database is left consistent.
 */
final class ShutdownSignal {

    private static final long MAX_STOP_SECONDS = 60;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "cpecwatch-shutdown");

    ShutdownSignal() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void onSignal() {
        requested.countDown();
        try {
            finished.await(MAX_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void await() throws InterruptedException {
        requested.await();
    }

    /** The command has stopped everything; the JVM may exit. */
    void done() {
        finished.countDown();
        if (requested.getCount() > 0) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
