package org.cpecwatch.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.broker.ListenerSecurity;

/**
 * The embedded broker as a secured company cluster runs: one SASL_SSL listener (SASL PLAIN over TLS) for clients and
 * for its own controller, no plaintext listener at all, and a certificate made for this test by the JDK's keytool.
 * The client properties file it writes is what a Kafka team hands to {@code --command-config}.
 */
public final class SaslSslBroker implements AutoCloseable {

    public static final String USER = "cpecwatch";
    private static final String ADMIN = "admin";
    private static final String STORE_TYPE = "PKCS12";

    private final EmbeddedKafkaBroker broker;
    private final Path clientConfig;
    private final Path truststore;
    private final String storePassword;
    private final String userPassword;

    private SaslSslBroker(EmbeddedKafkaBroker broker, Path clientConfig, Path truststore, String storePassword,
                          String userPassword) {
        this.broker = broker;
        this.clientConfig = clientConfig;
        this.truststore = truststore;
        this.storePassword = storePassword;
        this.userPassword = userPassword;
    }

    public static SaslSslBroker start(Path folder) throws IOException, InterruptedException {
        Path tls = Files.createDirectories(folder.resolve("tls"));
        String storePassword = secret();
        String adminPassword = secret();
        String userPassword = secret();
        Path keystore = tls.resolve("broker.p12");
        Path certificate = tls.resolve("broker.pem");
        Path truststore = tls.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", STORE_TYPE, "-keystore", keystore.toString(), "-storepass", storePassword);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-storetype", STORE_TYPE, "-keystore", keystore.toString(),
                "-storepass", storePassword, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                "-storetype", STORE_TYPE, "-keystore", truststore.toString(), "-storepass", storePassword);

        // One JAAS login per listener: the broker's own login (admin) and the users it accepts.
        String logins = "org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"" + ADMIN + "\" password=\"" + adminPassword + "\""
                + " user_" + ADMIN + "=\"" + adminPassword + "\" user_" + USER + "=\"" + userPassword + "\";";
        ListenerSecurity security = new ListenerSecurity("SASL_SSL", Map.ofEntries(
                Map.entry("sasl.enabled.mechanisms", "PLAIN"),
                Map.entry("sasl.mechanism.inter.broker.protocol", "PLAIN"),
                Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
                Map.entry("listener.name.sasl_ssl.plain.sasl.jaas.config", logins),
                Map.entry("listener.name.controller.plain.sasl.jaas.config", logins),
                Map.entry("ssl.keystore.type", STORE_TYPE),
                Map.entry("ssl.keystore.location", keystore.toString()),
                Map.entry("ssl.keystore.password", storePassword),
                Map.entry("ssl.key.password", storePassword),
                Map.entry("ssl.truststore.type", STORE_TYPE),
                Map.entry("ssl.truststore.location", truststore.toString()),
                Map.entry("ssl.truststore.password", storePassword)));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(folder.resolve("kafka"), 0, security);
        Path clientConfig = folder.resolve("client.properties");
        SaslSslBroker secured = new SaslSslBroker(broker, clientConfig, truststore, storePassword, userPassword);
        Files.writeString(clientConfig, secured.clientProperties(userPassword), StandardCharsets.UTF_8);
        return secured;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** A client properties file with the user's login and the test's trust store, as for {@code --command-config}. */
    public Path clientConfig() {
        return clientConfig;
    }

    /** The same client settings with another password: a client the broker must turn away. */
    public String clientProperties(String password) {
        return String.join("\n",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + USER + "\" password=\"" + password + "\";",
                "ssl.truststore.type=" + STORE_TYPE,
                "ssl.truststore.location=" + truststore.toString().replace("\\", "/"),
                "ssl.truststore.password=" + storePassword,
                "");
    }

    public String userPassword() {
        return userPassword;
    }

    @Override
    public void close() {
        broker.close();
    }

    private static String secret() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
