package org.cpecwatch.schemas.health;

/** Whether a stage is doing its work right now: what its {@code <stage>.ready} file publishes. */
@FunctionalInterface
public interface Readiness {

    boolean isReady();
}
