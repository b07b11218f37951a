package org.cpecwatch.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time the whole process spent between two moments, and the share of the ingest threads and the producer's
 * I/O thread. On a shared machine wall-clock rates swing with the neighbours' load; CPU seconds per file do not,
 * so designs are compared by files per CPU-second as well.
 */
final class CpuUse {

    private static final String INGEST = "cpecwatch-ingest";
    private static final String PRODUCER = "kafka-producer-network-thread";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processStart = processCpuNanos();
    private final Map<Long, Long> threadStart = threadCpuNanos();
    private final long compilingStart = compilingMillis();
    private final long collectingStart = collectingMillis();

    /** What was used since this object was made, read while the threads to measure are still alive. */
    String since(long files) {
        long process = processCpuNanos() - processStart;
        Map<String, Long> byGroup = new HashMap<>();
        long javaThreads = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = threads.getThreadCpuTime(info.getThreadId()) - threadStart.getOrDefault(info.getThreadId(), 0L);
            if (used <= 0) {
                continue;
            }
            javaThreads += used;
            byGroup.merge(group(info.getThreadName()), used, Long::sum);
        }
        double seconds = process / 1e9;
        return String.format(Locale.ROOT, "CPU: %.2f s for the whole process (broker included) = %.0f files per "
                        + "CPU-second; ingest threads %.2f s, producer I/O %.2f s, other Java threads (broker) %.2f s, "
                        + "GC/JIT and the rest %.2f s (JIT compiling %.2f s, GC pauses %.2f s, both wall-clock)",
                seconds, files / seconds, byGroup.getOrDefault(INGEST, 0L) / 1e9,
                byGroup.getOrDefault(PRODUCER, 0L) / 1e9, byGroup.getOrDefault("", 0L) / 1e9,
                Math.max(0, process - javaThreads) / 1e9, (compilingMillis() - compilingStart) / 1e3,
                (collectingMillis() - collectingStart) / 1e3);
    }

    private static long compilingMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static String group(String threadName) {
        return threadName.startsWith(INGEST) ? INGEST : threadName.startsWith(PRODUCER) ? PRODUCER : "";
    }

    private Map<Long, Long> threadCpuNanos() {
        Map<Long, Long> used = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            used.put(id, threads.getThreadCpuTime(id));
        }
        return used;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
