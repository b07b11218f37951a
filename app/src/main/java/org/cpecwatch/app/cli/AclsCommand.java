package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.cpecwatch.app.pipeline.StageAcls;
import org.cpecwatch.app.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "acls", mixinStandardHelpOptions = true,
        description = "Prints the kafka-acls.sh commands that grant each stage what it needs on a cluster that enforces"
                + " ACLs, one principal a stage; the topics are created beforehand (see the README's Production"
                + " section).")
final class AclsCommand implements Callable<Integer> {

    @Option(names = "--ingest-principal", paramLabel = "PRINCIPAL", defaultValue = "User:cpecwatch-ingest",
            description = "Principal of the ingest stage (default: ${DEFAULT-VALUE}).")
    String ingest;

    @Option(names = "--enrich-principal", paramLabel = "PRINCIPAL", defaultValue = "User:cpecwatch-enrich",
            description = "Principal of the enrich stage (default: ${DEFAULT-VALUE}).")
    String enrich;

    @Option(names = "--sink-principal", paramLabel = "PRINCIPAL", defaultValue = "User:cpecwatch-sink",
            description = "Principal of the sink stage (default: ${DEFAULT-VALUE}).")
    String sink;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> principals = Map.of(Stages.INGEST, ingest, Stages.ENRICH, enrich, Stages.SINK, sink);
        for (String stage : Stages.NAMES) {
            out.println("# " + stage);
            for (AclBinding binding : StageAcls.of(stage, principals.get(stage))) {
                out.println(kafkaAcls(binding));
            }
        }
        out.flush();
        return 0;
    }

    /** The binding as Kafka's own tool adds it; the admin's connection is left to the operator's shell. */
    static String kafkaAcls(AclBinding binding) {
        ResourcePattern resource = binding.pattern();
        String kind = switch (resource.resourceType()) {
            case TOPIC -> "--topic";
            case GROUP -> "--group";
            case TRANSACTIONAL_ID -> "--transactional-id";
            default -> throw new IllegalArgumentException("no kafka-acls.sh flag for " + resource.resourceType());
        };
        String operation = binding.entry().operation().name();
        return "kafka-acls.sh --bootstrap-server \"$BOOTSTRAP\" --command-config \"$ADMIN_CONFIG\" --add"
                + " --allow-principal " + binding.entry().principal()
                + " --operation " + operation.charAt(0) + operation.substring(1).toLowerCase(Locale.ROOT)
                + " " + kind + " " + resource.name()
                + (resource.patternType() == PatternType.PREFIXED ? " --resource-pattern-type prefixed" : "");
    }
}
