package org.cpecwatch.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.cpecwatch.testkit.Eventually;

/** {@code cpecwatch} as a user runs it: the packaged jar in its own JVM, its output read line by line. */
public final class ChildProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "cpecwatch.jar").toAbsolutePath();

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        drain(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), out);
        drain(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), err);
    }

    public static ChildProcess start(Path workDir, String... args) throws IOException {
        return start(workDir, java.util.Map.of(), args);
    }

    /** With these variables added to (or, when empty, removed from) the inherited environment. */
    public static ChildProcess start(Path workDir, java.util.Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return new ChildProcess(builder.start());
    }

    /** Runs a command to its end and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + timeout + "; out " + out + ", err " + err);
        }
        // Let the readers take the last lines.
        Eventually.await(Duration.ofSeconds(5), () -> !readersBusy(), () -> "output still open");
        return process.exitValue();
    }

    public void awaitLine(Duration timeout, Predicate<String> wanted) {
        Eventually.await(timeout, () -> out.stream().anyMatch(wanted) || !process.isAlive(),
                () -> "out " + out + ", err " + err);
        if (out.stream().noneMatch(wanted)) {
            throw new AssertionError("exited with " + process.exitValue() + " before the line came; out " + out + ", err " + err);
        }
    }

    public long count(Predicate<String> line) {
        return out.stream().filter(line).count();
    }

    public List<String> out() {
        return List.copyOf(out);
    }

    public String err() {
        return String.join("\n", err);
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut or the OOM killer would stop it. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops it. */
    public int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close the pipes and lose the last lines.
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    private int openReaders = 2; // stdout and stderr

    private synchronized boolean readersBusy() {
        return openReaders > 0;
    }

    private synchronized void readerDone() {
        openReaders--;
    }

    private void drain(BufferedReader reader, List<String> into) {
        Thread thread = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException e) {
                into.add("[reader failed: " + e.getMessage() + "]");
            } finally {
                readerDone();
            }
        }, "child-output");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
