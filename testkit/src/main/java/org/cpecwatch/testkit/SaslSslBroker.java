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
    public static final String ADMIN = "admin";
    private static final String STORE_TYPE = "PKCS12";

    private final EmbeddedKafkaBroker broker;
    private final Path folder;
    private final Path truststore;
    private final String storePassword;
    private final Map<String, String> passwords;

    private SaslSslBroker(EmbeddedKafkaBroker broker, Path folder, Path truststore, String storePassword,
                          Map<String, String> passwords) {
        this.broker = broker;
        this.folder = folder;
        this.truststore = truststore;
        this.storePassword = storePassword;
        this.passwords = passwords;
    }

    /** Any user that logs in may do anything: the test is about the connection. */
    public static SaslSslBroker start(Path folder) throws IOException, InterruptedException {
        return start(folder, List.of(USER), false);
    }

    /**
     * With Kafka's own authorizer: the users given may do only what ACLs grant them, and {@value #ADMIN} (a super
     * user) grants them; the broker itself logs in as {@value #ADMIN}.
     */
    public static SaslSslBroker startWithAcls(Path folder, List<String> users) throws IOException, InterruptedException {
        return start(folder, users, true);
    }

    private static SaslSslBroker start(Path folder, List<String> users, boolean authorize)
            throws IOException, InterruptedException {
        Path tls = Files.createDirectories(folder.resolve("tls"));
        String storePassword = secret();
        Map<String, String> passwords = new java.util.LinkedHashMap<>();
        passwords.put(ADMIN, secret());
        users.forEach(user -> passwords.put(user, secret()));
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
        StringBuilder logins = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"" + ADMIN + "\" password=\"" + passwords.get(ADMIN) + "\"");
        passwords.forEach((user, password) -> logins.append(" user_").append(user).append("=\"").append(password)
                .append('"'));
        logins.append(';');
        Map<String, String> settings = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("sasl.enabled.mechanisms", "PLAIN"),
                Map.entry("sasl.mechanism.inter.broker.protocol", "PLAIN"),
                Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
                Map.entry("listener.name.sasl_ssl.plain.sasl.jaas.config", logins.toString()),
                Map.entry("listener.name.controller.plain.sasl.jaas.config", logins.toString()),
                Map.entry("ssl.keystore.type", STORE_TYPE),
                Map.entry("ssl.keystore.location", keystore.toString()),
                Map.entry("ssl.keystore.password", storePassword),
                Map.entry("ssl.key.password", storePassword),
                Map.entry("ssl.truststore.type", STORE_TYPE),
                Map.entry("ssl.truststore.location", truststore.toString()),
                Map.entry("ssl.truststore.password", storePassword)));
        if (authorize) {
            settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            settings.put("super.users", "User:" + ADMIN);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(folder.resolve("kafka"), 0,
                new ListenerSecurity("SASL_SSL", settings));
        return new SaslSslBroker(broker, folder, truststore, storePassword, Map.copyOf(passwords));
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** A client properties file with the user's login and the test's trust store, as for {@code --command-config}. */
    public Path clientConfig() throws IOException {
        return clientConfig(USER);
    }

    /** The same for one of the users the broker was started with, or the super user {@value #ADMIN}. */
    public Path clientConfig(String user) throws IOException {
        Path file = folder.resolve(user + ".properties");
        Files.writeString(file, clientProperties(user, passwords.get(user)), StandardCharsets.UTF_8);
        return file;
    }

    /** The user's client settings with the password given: a wrong one is a client the broker must turn away. */
    public String clientProperties(String user, String password) {
        return String.join("\n",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";",
                "ssl.truststore.type=" + STORE_TYPE,
                "ssl.truststore.location=" + truststore.toString().replace("\\", "/"),
                "ssl.truststore.password=" + storePassword,
                "");
    }

    /** Every password this broker and its clients use: what no output of the pipeline may show. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>(passwords.values());
        secrets.add(storePassword);
        return secrets;
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
