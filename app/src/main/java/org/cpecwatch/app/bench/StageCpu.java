package org.cpecwatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU seconds per pipeline stage, from the threads' names: each stage's own threads and its Kafka clients' I/O
 * threads (named after the stage's client ids), the broker's threads, and what no Java thread accounts for (garbage
 * collection and JIT compiling). Read while the threads are alive: a finished thread's time is gone.
 */
public final class StageCpu {

    public static final String INGEST = "ingest";
    public static final String ENRICH = "enrich";
    public static final String SINK = "sink";
    public static final String BROKER = "broker and other threads";
    public static final String GC_JIT = "GC, JIT and the rest";

    private StageCpu() {
    }

    /** Seconds by stage, in pipeline order, with the whole process last under "total". */
    public static Map<String, Double> now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String stage : new String[] {INGEST, ENRICH, SINK, BROKER}) {
            seconds.put(stage, 0.0);
        }
        double javaThreads = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = threads.getThreadCpuTime(info.getThreadId());
            if (used > 0) {
                seconds.merge(stage(info.getThreadName()), used / 1e9, Double::sum);
                javaThreads += used / 1e9;
            }
        }
        double process = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        seconds.put(GC_JIT, Math.max(0, process - javaThreads));
        seconds.put("total", process);
        return seconds;
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
}
