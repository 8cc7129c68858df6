package io.lineengage.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts line-engage from environment variables (see README.md); SIGTERM or Ctrl-C stops it cleanly. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(Usage.TEXT);
            return;
        }
        if (args.length > 0 && args[0].equals(DemoCommand.NAME)) {
            runDemo(Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals(MasterKeyRotationCommand.NAME)) {
            try {
                new MasterKeyRotationCommand(System.getenv(), System.out::println).run();
            } catch (RuntimeException e) {
                System.err.println("line-engage: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        Settings settings;
        try {
            settings =
                    new SettingsReader(System.getenv(), notice -> System.out.println(notice)).read(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("line-engage: " + e.getMessage());
            System.err.println();
            System.err.print(Usage.TEXT);
            System.exit(2);
            return;
        }
        // The hook is in place before anything starts, so a SIGTERM at any moment stops what is running.
        AtomicReference<LineEngage> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LineEngage service = running.getAndSet(null);
                            if (service != null) {
                                LOG.info("stopping line-engage");
                                service.close();
                            }
                            stopped.countDown();
                        },
                        "line-engage-shutdown"));
        // Microseconds: what PostgreSQL keeps, so a time read back equals the time the API answered when writing it.
        try {
            running.set(LineEngage.start(settings, Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000))));
        } catch (RuntimeException e) {
            // One line an operator can act on; the details are in the log at DEBUG.
            LOG.debug("start-up failed", e);
            System.err.println("line-engage: could not start: " + StartupFailure.describe(e, settings));
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The seeded demo with the LINE sandbox in the same process, until SIGTERM or Ctrl-C. */
    private static void runDemo(List<String> args) {
        DemoCommand demo;
        try {
            demo = DemoCommand.start(args, System.getenv(), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("line-engage: " + e.getMessage());
            System.exit(2);
            return;
        } catch (Exception e) {
            LOG.debug("the demo did not start", e);
            System.err.println("line-engage: the demo could not start: " + e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            demo.close();
                            stopped.countDown();
                        },
                        "line-engage-demo-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
