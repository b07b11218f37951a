package org.cpecwatch.app.ops;

import java.util.List;

/**
 * What the health endpoints report: every stage {@linkplain StageHealth#starting starting} from the moment the
 * server listens, then the started stages' own checks, swapped in at once. A liveness probe thus finds the process
 * alive while a stage waits for its database or Streams restores, rather than a refused connection.
 */
final class HealthBoard {

    private volatile List<StageHealth> stages;

    HealthBoard(List<String> names) {
        this.stages = names.stream().map(StageHealth::starting).toList();
    }

    void attach(List<StageHealth> started) {
        stages = List.copyOf(started);
    }

    List<StageHealth> stages() {
        return stages;
    }

    boolean isReady(String stage) {
        return stages.stream().filter(s -> s.stage().equals(stage)).anyMatch(s -> s.ready().isReady());
    }
}
