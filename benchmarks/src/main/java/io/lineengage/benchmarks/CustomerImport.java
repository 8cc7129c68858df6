package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk import of a running service: N customers as CSV (mobile, email, three typed attributes, tags), generated
 * while they are sent, so that neither side ever holds the whole file. The service's heap is sampled from /metrics
 * during the import, to show its memory stays flat.
 */
final class CustomerImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEAP =
            Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"([^\"]+)\"\\} ([0-9.E]+)");

    private CustomerImport() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String adminToken = options.adminToken();
        long rows = options.longNumber("--rows", 1_000_000);
        options.done();
        HttpClient http = HttpClient.newHttpClient();
        String org = ServiceApi.post(http, service + "/api/v1/admin/orgs", adminToken, "{\"name\":\"Import\"}")
                .get("id")
                .asText();
        String key = ServiceApi.post(
                        http, service + "/api/v1/admin/orgs/" + org + "/api-keys", adminToken, "{\"label\":\"import\"}")
                .get("key")
                .asText();
        String metricsUrl = service + "/metrics";
        AtomicLong peakHeap = new AtomicLong();
        long idleHeap = heap(http, metricsUrl);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    try {
                        peakHeap.accumulateAndGet(heap(http, metricsUrl), Math::max);
                    } catch (Exception ignored) {
                        // a missed sample is no harm
                    }
                },
                0,
                250,
                TimeUnit.MILLISECONDS);

        long total = rows;
        HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/api/v1/customers/import"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new CsvRows(total)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.shutdownNow();
        JsonNode report = JSON.readTree(response.body());
        System.out.printf(
                "imported %,d rows in %.1f s: %,.0f rows/s (created %,d, updated %,d, rejected %,d)%n",
                total,
                seconds,
                total / seconds,
                report.get("created").asLong(),
                report.get("updated").asLong(),
                report.get("rejectedCount").asLong());
        System.out.printf(
                "service heap: %,d MB before, at most %,d MB during the import (%,d MB of CSV sent)%n",
                idleHeap >> 20, peakHeap.get() >> 20, CsvRows.bytesFor(total) >> 20);
    }

    /** The CSV, made as it is read: a header, then one customer per line. */
    private static final class CsvRows extends InputStream {
        private static final String[] TIERS = {"BRONZE", "SILVER", "GOLD", "PLATINUM"};
        private final long rows;
        private long next;
        private byte[] line =
                "externalId,name,mobile,email,tags,tier,points,birthday\n".getBytes(StandardCharsets.UTF_8);
        private int position;

        CsvRows(long rows) {
            this.rows = rows;
        }

        static long bytesFor(long rows) {
            return rows * 110;
        }

        private boolean fill() {
            if (position < line.length) {
                return true;
            }
            if (next >= rows) {
                return false;
            }
            long n = next++;
            String row = "C" + n + ",Customer " + n + ",+81901" + String.format("%07d", n % 10_000_000) + ",c" + n
                    + "@example.com," + (n % 3 == 0 ? "vip|tokyo" : "osaka") + "," + TIERS[(int) (n % 4)] + ","
                    + (n % 10_000) + "," + (1950 + n % 50) + "-0" + (1 + n % 9) + "-1" + (n % 9) + "\n";
            line = row.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }

        @Override
        public int read() {
            return fill() ? line[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (!fill()) {
                return -1;
            }
            int count = 0;
            while (count < length && fill()) {
                int chunk = Math.min(length - count, line.length - position);
                System.arraycopy(line, position, buffer, offset + count, chunk);
                position += chunk;
                count += chunk;
            }
            return count;
        }
    }

    private static long heap(HttpClient http, String metricsUrl) throws IOException, InterruptedException {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create(metricsUrl)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher matcher = HEAP.matcher(metrics);
        long used = 0;
        while (matcher.find()) {
            used += (long) Double.parseDouble(matcher.group(2));
        }
        return used;
    }
}
