package org.cpecwatch.app;

import org.cpecwatch.app.cli.CpecWatchCommand;

/** The only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CpecWatchCommand.commandLine().execute(args));
    }
}
