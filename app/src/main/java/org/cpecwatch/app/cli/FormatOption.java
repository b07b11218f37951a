package org.cpecwatch.app.cli;

import org.cpecwatch.app.format.OutputFormat;
import picocli.CommandLine.Option;

/** How a listing command prints its rows. */
final class FormatOption {

    @Option(names = "--format", defaultValue = "table", paramLabel = "F",
            description = "table, json (one object per line) or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
