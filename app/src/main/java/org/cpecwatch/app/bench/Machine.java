package org.cpecwatch.app.bench;

import java.util.Locale;

/** The machine a benchmark ran on, as its report's last line names it: figures mean little without it. */
public final class Machine {

    private Machine() {
    }

    /** {@code machine: 2 cores, Linux amd64, Java 17.0.12}. */
    public static String describe() {
        return String.format(Locale.ROOT, "machine: %d cores, %s, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
