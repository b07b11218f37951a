package org.cpecwatch.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, with a fresh database per call: the local server on 127.0.0.1:5432 (trust
 * authentication, as on our machines and in CI), else a Testcontainers PostgreSQL where Docker runs. With neither,
 * the test is skipped with a loud message, except in CI, where that is a failure: PostgreSQL tests must run there.
 */
public final class PostgresTestServer {

    static final String IMAGE = "postgres:17.6";
    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String LOCAL_USER = "postgres";
    private static PostgreSQLContainer container;
    private static boolean swept;

    private PostgresTestServer() {
    }

    /** A JDBC URL (credentials included) of a new, empty database. */
    public static synchronized String newDatabase() {
        String name = "cpecwatch_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        if (canConnect(LOCAL + "postgres?user=" + LOCAL_USER)) {
            if (!swept) {
                sweepLeftovers(LOCAL + "postgres?user=" + LOCAL_USER);
                swept = true;
            }
            create(LOCAL + "postgres?user=" + LOCAL_USER, name);
            dropAtExit(LOCAL + "postgres?user=" + LOCAL_USER, name);
            return LOCAL + name + "?user=" + LOCAL_USER;
        }
        if (KafkaBrokerExtension.dockerMayRun() && DockerClientFactory.instance().isDockerAvailable()) {
            if (container == null) {
                container = new PostgreSQLContainer(IMAGE);
                container.start();
            }
            String admin = container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
            create(admin, name);
            String base = container.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return base + (base.contains("?") ? "&" : "?") + "user=" + container.getUsername() + "&password=" + container.getPassword();
        }
        String message = "no PostgreSQL: nothing answers on 127.0.0.1:5432 and no Docker engine runs";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + " — the PostgreSQL tests must run in CI");
        }
        System.err.println("!!! SKIPPED PostgreSQL tests: " + message + " !!!");
        Assumptions.abort(message);
        return null;
    }

    /**
     * Test databases an earlier run could not drop (a JVM halted before its exit hooks finished). Only databases
     * nobody is connected to are dropped, so a run in progress elsewhere keeps its own.
     */
    private static void sweepLeftovers(String adminUrl) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery(
                    "SELECT datname FROM pg_database WHERE datname LIKE 'cpecwatch\\_test\\_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String leftover : names) {
                try {
                    s.execute("DROP DATABASE IF EXISTS " + leftover);
                } catch (SQLException inUse) {
                    // Someone is connected: not a leftover.
                }
            }
        } catch (SQLException e) {
            System.err.println("[testkit] could not sweep old test databases: " + e.getMessage());
        }
    }

    /** The shared server must not fill up with test databases. */
    private static void dropAtExit(String adminUrl, String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("[testkit] could not drop test database " + name + ": " + e.getMessage());
            }
        }, "drop-" + name));
    }

    private static boolean canConnect(String url) {
        try (Connection ignored = DriverManager.getConnection(url)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void create(String adminUrl, String name) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
    }
}
