package io.lineengage.sandbox;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar line-sandbox.jar [--port 9090] [--host 127.0.0.1]}: the sandbox on its own. */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = 9090;
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                default -> {
                    System.err.println("usage: java -jar line-sandbox.jar [--port 9090] [--host 127.0.0.1]");
                    System.exit(2);
                }
            }
        }
        LineSandbox sandbox = LineSandbox.start(host, port, Clock.systemUTC());
        System.out.println("LINE sandbox listening on http://" + host + ":" + sandbox.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
