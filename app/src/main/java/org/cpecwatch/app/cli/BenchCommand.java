package org.cpecwatch.app.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print their figures and the machine: the whole pipeline (articles/s end to end), ingest (files/s) and sink (rows/s).",
        subcommands = {BenchPipelineCommand.class, BenchIngestCommand.class, BenchSinkCommand.class})
final class BenchCommand {
}
