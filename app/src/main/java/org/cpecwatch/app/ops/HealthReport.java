package org.cpecwatch.app.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cpecwatch.schemas.health.Readiness;

/**
 * The body of {@code /health/live} or {@code /health/ready}: {@code {"status":"UP","stages":{"sink":"DOWN",...}}},
 * UP only when every stage of this process is; a stage that has not started yet is {@code STARTING} (not ready).
 */
record HealthReport(boolean up, Map<String, String> stages) {

    static HealthReport live(List<StageHealth> stages) {
        return of(stages, StageHealth::live);
    }

    static HealthReport ready(List<StageHealth> stages) {
        return of(stages, StageHealth::ready);
    }

    private static HealthReport of(List<StageHealth> stages, Function<StageHealth, Readiness> which) {
        Map<String, String> states = new LinkedHashMap<>();
        boolean up = !stages.isEmpty();
        for (StageHealth stage : stages) {
            boolean stageUp = isUp(which.apply(stage));
            states.put(stage.stage(), stageUp ? "UP" : stage.starting() ? "STARTING" : "DOWN");
            up &= stageUp;
        }
        return new HealthReport(up, states);
    }

    /** A check that throws is a stage that cannot say it is fine. */
    private static boolean isUp(Readiness check) {
        try {
            return check.isReady();
        } catch (RuntimeException e) {
            return false;
        }
    }

    int httpStatus() {
        return up ? 200 : 503;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("stages", stages);
        return body;
    }
}
