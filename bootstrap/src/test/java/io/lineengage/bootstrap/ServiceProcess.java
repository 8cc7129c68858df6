package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Main in a JVM of its own, as an operator starts it, for the tests that stop it hard. */
final class ServiceProcess {
    private static final Pattern SERVING = Pattern.compile("serves http://[^:]+:(\\d+)");

    private ServiceProcess() {}

    /**
     * Starts Main on {@code dataDirectory}, no DATABASE_URL or admin token from the environment unless {@code env}
     * gives them, output and error together in {@code log} (a file: Process.destroy() closes pipes, which would hide
     * what the JVM logs on its way out).
     */
    static Process start(Path dataDirectory, Path log, List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LINE_ENGAGE_DATA_DIR", dataDirectory.toString());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("LINE_ENGAGE_ADMIN_TOKEN");
        builder.environment().putAll(env);
        return builder.start();
    }

    /**
     * Starts Main on {@code dataDirectory} against the sandbox (any port, the test admin token, no profile calls),
     * with {@code more} settings, its log in {@code log} inside that directory.
     */
    static Process startOnSandbox(Path dataDirectory, String log, String sandboxUrl, Map<String, String> more)
            throws Exception {
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                "0",
                "LINE_ENGAGE_ADMIN_TOKEN",
                TestSettings.ADMIN_TOKEN,
                "LINE_API_BASE_URL",
                sandboxUrl,
                "LINE_DATA_API_BASE_URL",
                sandboxUrl,
                "LINE_ENGAGE_PROFILE_RATE",
                "0"));
        env.putAll(more);
        return start(dataDirectory, dataDirectory.resolve(log), List.of(), env);
    }

    static int awaitPort(Path log, Process process) throws Exception {
        // A generous ceiling: a first start on a loaded two-core machine lays out and initializes PostgreSQL.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String output = Files.readString(log);
            Matcher serving = SERVING.matcher(output);
            if (serving.find()) {
                return Integer.parseInt(serving.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("Main exited early:\n" + output);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Main did not start serving within 180 s:\n" + Files.readString(log));
    }

    static long postmasterPid(Path postgresDirectory) throws Exception {
        return Long.parseLong(Files.readAllLines(postgresDirectory.resolve("postmaster.pid"))
                .get(0)
                .strip());
    }

    /** Waits (a generous ceiling for a loaded machine) until the process is gone. */
    static void awaitGone(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            assertThat(System.nanoTime())
                    .as("PostgreSQL (pid %d) stopped within 2 minutes", pid)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * After a SIGKILL of a service on the embedded database in {@code dataDirectory}: waits until the service and its
     * PostgreSQL (which outlives it for a moment) are both gone, so that the next start finds the directory free.
     */
    static void awaitKilled(Process service, Path dataDirectory) throws Exception {
        long server = postmasterPid(dataDirectory.resolve("postgres")); // read while PostgreSQL still keeps the file
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
        awaitGone(server);
    }
}
