package org.cpecwatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU seconds by group of threads, from the threads' names: each stage's own threads and its Kafka clients' I/O
 * threads (named after the stage's client ids), the broker's threads, and what no Java thread accounts for (garbage
 * collection and JIT compiling). Read while the threads are alive: a finished thread's time is gone. On a shared
 * machine wall-clock rates swing with the neighbours' load; CPU seconds per article do not, so designs are compared
 * by CPU as well.
 */
public final class StageCpu {

    public static final String INGEST = "ingest";
    public static final String ENRICH = "enrich";
    public static final String SINK = "sink";
    public static final String BROKER = "broker and other threads";
    public static final String GC_JIT = "GC, JIT and the rest";

    private static final String INGEST_THREADS = "cpecwatch-ingest";
    private static final String PRODUCER_THREADS = "kafka-producer-network-thread";

    private StageCpu() {
    }

    /** Seconds by stage since the process started, in pipeline order, with the whole process last under "total". */
    public static Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String stage : new String[] {INGEST, ENRICH, SINK, BROKER}) {
            seconds.put(stage, 0.0);
        }
        ThreadTimes threads = ThreadTimes.read(StageCpu::stage, Map.of());
        threads.byGroup().forEach((stage, nanos) -> seconds.merge(stage, nanos / 1e9, Double::sum));
        double process = processCpuNanos() / 1e9;
        seconds.put(GC_JIT, Math.max(0, process - threads.all() / 1e9));
        seconds.put("total", process);
        return seconds;
    }

    /** From now on: what {@link Mark#ingestReport} reports. */
    public static Mark mark() {
        return new Mark();
    }

    static String stage(String threadName) {
        if (threadName.contains("cpecwatch-ingest")) {
            return INGEST;
        }
        if (threadName.contains("cpecwatch-enrich")) {
            return ENRICH;
        }
        if (threadName.contains("cpecwatch-sink")) {
            return SINK;
        }
        return BROKER;
    }

    /** The process's peak resident set (VmHWM) in MiB, or -1 where /proc is not there. */
    public static long peakResidentMiB() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** A moment to measure from: the process's CPU time and each thread's, and the JIT's and GC's wall-clock. */
    public static final class Mark {
        private final long processStart = processCpuNanos();
        private final Map<Long, Long> threadStart = threadCpuNanos();
        private final long compilingStart = compilingMillis();
        private final long collectingStart = collectingMillis();

        private Mark() {
        }

        /** Ingest's share of what was used since the mark: its threads, the producer's I/O thread, the rest. */
        public String ingestReport(long files) {
            long process = processCpuNanos() - processStart;
            ThreadTimes threads = ThreadTimes.read(StageCpu::ingestGroup, threadStart);
            Map<String, Long> byGroup = threads.byGroup();
            double seconds = process / 1e9;
            return String.format(Locale.ROOT, "CPU: %.2f s for the whole process (broker included) = %.0f files per "
                            + "CPU-second; ingest threads %.2f s, producer I/O %.2f s, other Java threads (broker) "
                            + "%.2f s, GC/JIT and the rest %.2f s (JIT compiling %.2f s, GC pauses %.2f s, both "
                            + "wall-clock)",
                    seconds, files / seconds, byGroup.getOrDefault(INGEST_THREADS, 0L) / 1e9,
                    byGroup.getOrDefault(PRODUCER_THREADS, 0L) / 1e9, byGroup.getOrDefault("", 0L) / 1e9,
                    Math.max(0, process - threads.all()) / 1e9, (compilingMillis() - compilingStart) / 1e3,
                    (collectingMillis() - collectingStart) / 1e3);
        }
    }

    private static String ingestGroup(String threadName) {
        return threadName.startsWith(INGEST_THREADS) ? INGEST_THREADS
                : threadName.startsWith(PRODUCER_THREADS) ? PRODUCER_THREADS : "";
    }

    /** CPU nanoseconds of the live threads since {@code baseline} (by thread id; absent: since they started). */
    private record ThreadTimes(Map<String, Long> byGroup, long all) {
        static ThreadTimes read(Function<String, String> group, Map<Long, Long> baseline) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<String, Long> byGroup = new HashMap<>();
            long all = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long used = threads.getThreadCpuTime(info.getThreadId()) - baseline.getOrDefault(info.getThreadId(), 0L);
                if (used > 0) {
                    byGroup.merge(group.apply(info.getThreadName()), used, Long::sum);
                    all += used;
                }
            }
            return new ThreadTimes(byGroup, all);
        }
    }

    private static Map<Long, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> used = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            used.put(id, threads.getThreadCpuTime(id));
        }
        return used;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long compilingMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }
}
