package org.cpecwatch.app.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.schemas.health.Readiness;

/**
 * One stage as the health endpoints see it: whether its worker is alive, and whether it is doing its work. A stage
 * still {@code starting} (waiting for its database, Streams restoring) is alive and not ready.
 */
public record StageHealth(String stage, Readiness live, Readiness ready, boolean starting) {

    public StageHealth(String stage, Readiness live, Readiness ready) {
        this(stage, live, ready, false);
    }

    /** A stage whose checks are not there yet: the process is alive, the stage not ready. */
    public static StageHealth starting(String stage) {
        return new StageHealth(stage, () -> true, () -> false, true);
    }

    /** The stages of a pipeline, in the order of {@link Stages#NAMES}. */
    public static List<StageHealth> of(Map<String, Readiness> live, Map<String, Readiness> ready) {
        List<StageHealth> stages = new ArrayList<>();
        for (String stage : Stages.NAMES) {
            if (ready.containsKey(stage)) {
                stages.add(new StageHealth(stage, live.getOrDefault(stage, ready.get(stage)), ready.get(stage)));
            }
        }
        return stages;
    }
}
