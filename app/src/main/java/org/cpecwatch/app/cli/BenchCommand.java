package org.cpecwatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print their figures and the machine: ingest (files/s) and sink (rows/s).",
        subcommands = {BenchIngestCommand.class, BenchSinkCommand.class})
final class BenchCommand {
}
