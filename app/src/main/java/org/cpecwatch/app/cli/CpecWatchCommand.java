package org.cpecwatch.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "cpecwatch", mixinStandardHelpOptions = true, version = "cpecwatch 0.1.0",
        description = "Turns news articles dropped into an inbox into a tagged stream about the security of "
                + "Chinese nationals, projects and institutions in Pakistan.",
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
                TailCommand.class, TagCommand.class, ExtractCommand.class, StatusCommand.class, FilesCommand.class,
                RetryCommand.class, QueryCommand.class, ExportCommand.class, IncidentsCommand.class, WeeksCommand.class,
                EvaluateCommand.class, TrainCommand.class, ReprocessCommand.class, ServeCommand.class, AclsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class CpecWatchCommand {

    public static CommandLine commandLine() {
        return new CommandLine(new CpecWatchCommand())
                .setExecutionExceptionHandler(new OneLineErrors())
                .setCaseInsensitiveEnumValuesAllowed(false);
    }
}
