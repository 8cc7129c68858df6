package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.http.web.ApiClient;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main as an operator runs it: a separate JVM that serves, and stops cleanly on SIGTERM. */
class MainProcessTest {
    @TempDir
    Path dataDirectory;

    @Test
    void servesThenStopsCleanlyOnSigterm() throws Exception {
        Path log = dataDirectory.resolve("main.log");
        Process process = main(log, List.of("--ephemeral"), Map.of("PORT", "0"));
        try {
            int port = awaitPort(log, process);
            ApiClient api = new ApiClient(port);
            assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("LINE_ENGAGE_ADMIN_TOKEN=");

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(output).contains("stopping line-engage").contains("line-engage stopped");
            assertThat(output).doesNotContain("Exception");
            assertThat(process.exitValue()).isEqualTo(143); // 128 + SIGTERM: the JVM's normal answer to it
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * The service dies without closing anything (SIGKILL): its embedded PostgreSQL is stopped by the watchdog soon
     * after, and the next start works. When the watchdog died too, the next start stops the leftover server itself.
     * Nothing acknowledged is lost either way.
     */
    @Test
    void aKilledServiceLeavesNoDatabaseRunningAndTheNextStartJustWorks() throws Exception {
        Path postgres = dataDirectory.resolve("postgres");
        Process first = start("first.log");
        String key;
        try {
            ApiClient api = new ApiClient(awaitPort(dataDirectory.resolve("first.log"), first));
            key = TestSettings.apiKeyOfNewOrg(api, "Survivor");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs
        }
        ServiceProcess.awaitKilled(first, dataDirectory);

        Process second = start("second.log");
        try {
            ApiClient api = new ApiClient(awaitPort(dataDirectory.resolve("second.log"), second));
            assertThat(api.get("/api/v1/org", key).json().get("name").asText()).isEqualTo("Survivor");
            // Now the watchdog dies first, then the service: PostgreSQL is left running on the directory.
            second.toHandle()
                    .descendants()
                    .filter(child -> child.info().command().orElse("").endsWith("sh"))
                    .forEach(ProcessHandle::destroyForcibly);
        } finally {
            second.destroyForcibly();
        }
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long leftover = postmasterPid(postgres);
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
                .as("left running")
                .contains(true);

        Path thirdLog = dataDirectory.resolve("third.log");
        Process third = start("third.log");
        try {
            ApiClient api = new ApiClient(awaitPort(thirdLog, third));
            assertThat(api.get("/api/v1/org", key).json().get("name").asText()).isEqualTo("Survivor");
            assertThat(Files.readString(thirdLog)).contains("left running on").contains("is stopped first");
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            third.destroy();
            assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            third.destroyForcibly();
        }
    }

    @Test
    void helpListsTheCommandsAndTheEnvironmentAndAnUnknownArgumentIsAUsageError() throws Exception {
        Run help = run(List.of("--help"), Map.of());
        assertThat(help.exit()).isZero();
        assertThat(help.output()).contains("rotate-master-key", "--ephemeral", "DATABASE_URL", "LINE_ENGAGE_PUSH_RATE");
        assertThat(run(List.of("-h"), Map.of()).output()).isEqualTo(help.output());
        Run unknown = run(List.of("--nope"), Map.of());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown argument --nope").contains("rotate-master-key");
    }

    @Test
    void startUpFailuresAreOneClearLineWithoutAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run busy = run(List.of("--ephemeral"), Map.of("PORT", Integer.toString(taken.getLocalPort())));
            assertThat(busy.exit()).isEqualTo(1);
            assertThat(busy.output())
                    .contains("could not start: port " + taken.getLocalPort())
                    .doesNotContain("\tat ")
                    .doesNotContain("campaign-worker");
        }
        Run database = run(List.of(), Map.of("DATABASE_URL", "postgres://nobody:pw-not-shown@127.0.0.1:1/none"));
        assertThat(database.exit()).isEqualTo(1);
        assertThat(database.output())
                .contains("could not start: the database of DATABASE_URL cannot be used")
                .doesNotContain("\tat ")
                .doesNotContain("pw-not-shown");
    }

    private record Run(int exit, String output) {}

    /** Runs Main to its end (a generous ceiling for a loaded machine), its output and error together. */
    private Run run(List<String> args, Map<String, String> env) throws Exception {
        Path log = Files.createTempFile(dataDirectory, "run", ".log");
        Process process = main(log, args, env);
        try {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("Main ended").isTrue();
            return new Run(process.exitValue(), Files.readString(log));
        } finally {
            process.destroyForcibly();
        }
    }

    private Process start(String logName) throws Exception {
        return main(
                dataDirectory.resolve(logName),
                List.of(),
                Map.of("PORT", "0", "LINE_ENGAGE_ADMIN_TOKEN", TestSettings.ADMIN_TOKEN));
    }

    private Process main(Path log, List<String> args, Map<String, String> env) throws Exception {
        return ServiceProcess.start(dataDirectory, log, args, env);
    }

    private static long postmasterPid(Path dataDirectory) throws Exception {
        return ServiceProcess.postmasterPid(dataDirectory);
    }

    private static int awaitPort(Path log, Process process) throws Exception {
        return ServiceProcess.awaitPort(log, process);
    }
}
