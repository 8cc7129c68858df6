package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.http.web.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main as an operator runs it: a separate JVM that serves, and stops cleanly on SIGTERM. */
class MainProcessTest {
    private static final Pattern SERVING = Pattern.compile("serves http://[^:]+:(\\d+)");

    @TempDir
    Path dataDirectory;

    @Test
    void servesThenStopsCleanlyOnSigterm() throws Exception {
        // Output goes to a file: Process.destroy() closes the pipes, which would hide what the JVM logs on its way out.
        Path log = dataDirectory.resolve("main.log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--ephemeral")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", "0");
        builder.environment().put("LINE_ENGAGE_DATA_DIR", dataDirectory.toString());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("LINE_ENGAGE_ADMIN_TOKEN");
        Process process = builder.start();
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

    private static int awaitPort(Path log, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
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
        throw new AssertionError("Main did not start serving within 60 s:\n" + Files.readString(log));
    }
}
