package org.cpecwatch.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cpecwatch.app.format.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The one way every command that prints data is asked for a format: {@code --format F}, with {@code --json} as the
 * short form of {@code --format json}. A command offers the formats that fit what it prints, the first being its
 * default ({@code @Mixin FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json)}); any
 * other value is a usage error that lists the ones it takes, never a silent default.
 */
@Command(modelTransformer = FormatOption.Describe.class)
final class FormatOption {

    private final List<OutputFormat> offered;
    private OutputFormat chosen;
    private boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Picocli's way in when a command leaves the field empty: the listing formats. */
    FormatOption() {
        this(List.of(OutputFormat.table, OutputFormat.json, OutputFormat.csv));
    }

    private FormatOption(List<OutputFormat> offered) {
        this.offered = List.copyOf(offered);
    }

    static FormatOption offering(OutputFormat byDefault, OutputFormat... others) {
        List<OutputFormat> formats = new ArrayList<>();
        formats.add(byDefault);
        formats.addAll(List.of(others));
        return new FormatOption(formats);
    }

    @Option(names = "--format", paramLabel = "F", description = "Rewritten for each command by Describe.")
    void format(String value) {
        OutputFormat format = offered.stream().filter(f -> f.name().equals(value)).findFirst()
                .orElseThrow(() -> new ParameterException(mixee.commandLine(), "unknown --format '" + value + "'; "
                        + mixee.qualifiedName() + " prints " + names(offered)));
        if (json && format != OutputFormat.json) {
            throw contradiction(format);
        }
        chosen = format;
    }

    @Option(names = "--json", description = "The same as --format json.")
    void json(boolean on) {
        if (on && chosen != null && chosen != OutputFormat.json) {
            throw contradiction(chosen);
        }
        json = on;
    }

    OutputFormat format() {
        return json ? OutputFormat.json : chosen != null ? chosen : offered.get(0);
    }

    boolean isJson() {
        return format() == OutputFormat.json;
    }

    private ParameterException contradiction(OutputFormat format) {
        return new ParameterException(mixee.commandLine(), "--json and --format " + format + " contradict each other");
    }

    private static String names(List<OutputFormat> formats) {
        List<String> names = formats.stream().map(OutputFormat::name).toList();
        return names.size() == 1 ? names.get(0)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                        + names.get(names.size() - 1);
    }

    /** Lists each command's own formats in its help, which an annotation alone cannot. */
    static final class Describe implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            command.mixins().values().stream().map(CommandSpec::userObject).filter(FormatOption.class::isInstance)
                    .map(FormatOption.class::cast).findFirst().ifPresent(option -> {
                        OptionSpec format = command.findOption("--format");
                        command.remove(format);
                        command.addOption(format.toBuilder().description(names(option.offered) + " (default: "
                                + option.offered.get(0) + ").").build());
                    });
            return command;
        }
    }
}
