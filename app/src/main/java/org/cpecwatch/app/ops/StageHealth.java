package org.cpecwatch.app.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.schemas.health.Readiness;

/** One stage as the health endpoints see it: whether its worker is alive, and whether it is doing its work. */
public record StageHealth(String stage, Readiness live, Readiness ready) {

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
