package io.lineengage.adapters.persistence.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of an embedded data directory, as its {@code postmaster.pid} names it. The embedded
 * server is a separate process: when the service dies without closing it (SIGKILL, the OOM killer) it would go on
 * holding the directory, and the next start would fail. So a start stops such a leftover first, and a small watchdog
 * stops the server once the service's process is gone.
 */
record Postmaster(long pid, Path dataDirectory) {
    private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);

    /** The server running on {@code dataDirectory}, if its pid file names a live PostgreSQL process. */
    static Optional<Postmaster> runningOn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        long pid;
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            pid = Long.parseLong(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        // A stale pid file's number may belong to another process by now: only a postgres process is ours to stop.
        boolean postgres = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(handle -> handle.info().command())
                .filter(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .isPresent();
        return postgres ? Optional.of(new Postmaster(pid, dataDirectory)) : Optional.empty();
    }

    /** Stops the server with PostgreSQL's fast shutdown (SIGINT), waiting up to {@code patience}; then kills it. */
    void stop(Duration patience) {
        LOG.warn("a PostgreSQL left running on {} by an earlier run (pid {}) is stopped first", dataDirectory, pid);
        signal("INT");
        ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
        if (handle == null) {
            return;
        }
        try {
            handle.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "PostgreSQL (pid {}) did not stop within {} s; killing it (it recovers on the next start)",
                    pid,
                    patience.toSeconds());
            handle.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for PostgreSQL to stop failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts a watchdog process that outlives this JVM: once {@code servicePid} is gone, it stops this server (fast
     * shutdown), if the pid file still names it, and with {@code throwAway} then removes the data directory. Destroy
     * the returned process when closing the server normally.
     */
    Process watchFor(long servicePid, boolean throwAway) {
        String dir = "'" + dataDirectory.toString().replace("'", "'\\''") + "'";
        String script = "while kill -0 " + servicePid + " 2>/dev/null; do sleep 1; done; "
                + "[ \"$(head -n 1 " + dir + "/postmaster.pid 2>/dev/null)\" = \"" + pid + "\" ] || exit 0; "
                + "kill -INT " + pid + "; "
                + (throwAway ? "while kill -0 " + pid + " 2>/dev/null; do sleep 1; done; rm -rf " + dir : "");
        try {
            return new ProcessBuilder("/bin/sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL's watchdog", e);
        }
    }

    private void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not signal PostgreSQL (pid " + pid + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
