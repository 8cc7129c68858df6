package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tour, run as a reader pastes it: every ```sh block between the tour's markers, in order, in one bash
 * session from the repository root, against the jars the build just made (the service and the LINE sandbox). It
 * runs after packaging (failsafe), so the tour cannot drift from the code.
 */
class ReadmeTourIT {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theTourRunsTopToBottomAsPasted() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf("<!-- tour:");
        int end = readme.indexOf("<!-- tour: end -->");
        assertThat(start).as("the tour's start marker").isPositive();
        assertThat(end).as("the tour's end marker").isGreaterThan(start);
        List<String> blocks = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(readme.substring(start, end));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertThat(blocks).as("shell blocks in the tour").hasSizeGreaterThan(5);
        assertThat(root.resolve("bootstrap/target/line-engage.jar")).exists();
        assertThat(root.resolve("line-sandbox/target/line-sandbox.jar")).exists();
        for (String tool : List.of("curl", "jq")) {
            assertThat(new ProcessBuilder("sh", "-c", "command -v " + tool)
                            .start()
                            .waitFor())
                    .as("the tour needs %s on the PATH (apt-get install -y %s)", tool, tool)
                    .isZero();
        }
        for (int port : List.of(8080, 9090)) {
            assertThat(free(port))
                    .as("the tour uses port %d: something else listens there", port)
                    .isTrue();
        }

        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        for (int i = 0; i < blocks.size(); i++) {
            script.append("echo '=== tour block ")
                    .append(i + 1)
                    .append("'\n")
                    .append(blocks.get(i))
                    .append('\n');
        }
        script.append("echo '=== tour done'\n");
        Path scriptFile = Files.createTempFile("readme-tour", ".sh");
        Path log = Files.createTempFile("readme-tour", ".log");
        Files.writeString(scriptFile, script);
        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("LINE_ENGAGE_ADMIN_TOKEN");
        builder.environment().remove("DATABASE_URL");
        Process tour = builder.start();
        try {
            // A generous ceiling for a loaded machine; the tour itself takes seconds.
            boolean ended = tour.waitFor(10, TimeUnit.MINUTES);
            String output = Files.readString(log);
            assertThat(ended)
                    .as("the tour ended within 10 minutes:\n%s", output)
                    .isTrue();
            assertThat(tour.exitValue())
                    .as("the tour's exit code; its output:\n%s", output)
                    .isZero();
            assertThat(output)
                    .contains("=== tour done")
                    .contains("\"status\":\"FOLLOWING\"")
                    .contains("\"status\":\"COMPLETED\"")
                    .contains("\"lineValidation\":{\"ok\":true")
                    .contains("must not contain the character U+0000")
                    .contains("[\"Sale\",\"Spring\"]")
                    .contains("Hana Sato, your order A-1001 has shipped")
                    .contains("\"field\":\"idempotencyKey\"")
                    .contains("302 https://shop.example/sale")
                    .contains("\"ourClicks\":{\"clicks\":1,\"uniqueClickers\":1")
                    .contains("204\n401");
        } finally {
            tour.descendants().forEach(ProcessHandle::destroy);
            tour.destroy();
            tour.waitFor(60, TimeUnit.SECONDS);
            tour.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
