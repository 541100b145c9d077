package uk.secgov.cpl;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.secgov.it.Api;
import uk.secgov.it.StandaloneServer;

/**
 * The CPL benchmarks of docs/performance.md, against a real server (a copy of the provisioned one, on PostgreSQL
 * when built with -Ppostgres): (1) starting the register from a published CPL of 100,000 entries, then public
 * search and the full CSV and XLSX exports; (2) intake to "awaiting review" at 20 concurrent submitters. Run by
 * {@code src/test/scripts/benchmark-cpl.sh}; never part of the test suite.
 */
public final class CplBenchmark {

    private static final String[] TYPES = {"ESME", "GSME", "PPMID", "HCALCS", "SAPC"};

    private CplBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int submitters = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int perSubmitter = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String running = System.getProperty("secgov.bench.base");
        if (running != null) { // a server already started (for profiling): intake only, on its current register
            intake(new URL(running), IkiFixture.registered(new URL(running)), submitters, perSubmitter);
            return;
        }
        try (StandaloneServer server = StandaloneServer.copy("bench-server", 500)) {
            server.start("bench");
            URL base = server.base();
            register(base, entries);
            intake(base, IkiFixture.registered(base), submitters, perSubmitter);
        }
    }

    static void register(URL base, int entries) throws Exception {
        byte[] csv = publishedCpl(entries);
        long t0 = System.nanoTime();
        java.net.http.HttpResponse<String> imported = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(new URL(base, "api/v1/cpl/imports?source=Benchmark").toURI())
                        .timeout(java.time.Duration.ofMinutes(15)).header("Content-Type", "text/csv")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "secas:secas-password".getBytes(StandardCharsets.UTF_8)))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        System.out.printf(Locale.ROOT, "import of %d entries (%.1f MB): HTTP %d in %.1f s%n", entries,
                csv.length / 1048576.0, imported.statusCode(), (System.nanoTime() - t0) / 1e9);
        if (imported.statusCode() != 201) {
            throw new IllegalStateException(imported.body());
        }
        Api anyone = Api.anonymous(base);
        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            queries.add(switch (i % 5) {
                case 0 -> "api/v1/cpl/entries?size=50&first=" + random.nextInt(entries - 50);
                case 1 -> "api/v1/cpl/entries?deviceType=" + TYPES[random.nextInt(TYPES.length)] + "&size=50";
                case 2 -> "api/v1/cpl/entries?manufacturerId=" + manufacturer(random.nextInt(200)) + "&size=50";
                case 3 -> "api/v1/cpl/entries?q=model+" + random.nextInt(entries) + "&size=50";
                default -> "api/v1/cpl/entries?q=" + Integer.toHexString(random.nextInt(4096)) + "&size=50"
                        + "&deviceType=" + TYPES[random.nextInt(TYPES.length)];
            });
        }
        for (String warm : queries.subList(0, 50)) {
            anyone.get(warm);
        }
        List<Double> millis = new ArrayList<>();
        Map<Integer, List<Double>> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            long t = System.nanoTime();
            Api.Reply reply = anyone.get(q);
            double ms = (System.nanoTime() - t) / 1e6;
            millis.add(ms);
            byKind.computeIfAbsent(i % 5, k -> new ArrayList<>()).add(ms);
            if (reply.status() != 200) {
                throw new IllegalStateException(q + ": " + reply.body());
            }
        }
        System.out.printf(Locale.ROOT, "search (%d requests, 5 kinds): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                millis.size(), percentile(millis, 50), percentile(millis, 95), percentile(millis, 100));
        String[] kinds = {"page at a random offset", "device type", "manufacturer", "text 'model N'",
            "text (hex) and device type"};
        byKind.forEach((kind, ms) -> System.out.printf(Locale.ROOT, "  %s: median %.1f ms, p95 %.1f ms%n",
                kinds[kind], percentile(ms, 50), percentile(ms, 95)));
        for (String format : List.of("csv", "xlsx")) {
            for (int run = 1; run <= 3; run++) {
                long t = System.nanoTime();
                long bytes = download(new URL(base, "api/v1/cpl/export." + format));
                System.out.printf(Locale.ROOT, "export.%s run %d: %.2f s, %.1f MB%n", format, run,
                        (System.nanoTime() - t) / 1e9, bytes / 1048576.0);
            }
        }
    }

    /** Unmeasured rounds first, so the server's JIT has compiled the intake and verification code. */
    static final int WARM_UP_ROUNDS = 4;

    static void intake(URL base, IkiFixture pki, int submitters, int perSubmitter) throws Exception {
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            intakeRound(base, pki, submitters, perSubmitter, "warm-up " + round);
        }
        intakeRound(base, pki, submitters, perSubmitter, "measured");
    }

    private static void intakeRound(URL base, IkiFixture pki, int submitters, int perSubmitter, String label)
            throws Exception {
        // Forms and signatures are made before the clock starts: the client's signing is not the server's work.
        List<List<Map<String, byte[]>>> prepared = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            List<Map<String, byte[]>> mine = new ArrayList<>();
            for (int i = 0; i < perSubmitter; i++) {
                String model = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
                byte[] form = FormFixtures.csv(FormFixtures.with(FormFixtures.esme("38040404",
                        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "")),
                        FormColumn.MODEL_ID, model));
                Map<String, byte[]> parts = new LinkedHashMap<>();
                parts.put("form", form);
                parts.put("signature", pki.sign(form, pki.maker, pki.bright));
                mine.add(parts);
            }
            prepared.add(mine);
        }
        ExecutorService pool = Executors.newFixedThreadPool(submitters);
        List<Future<List<double[]>>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (List<Map<String, byte[]>> mine : prepared) {
            results.add(pool.submit(() -> {
                Api supplier = Api.demo(base, "supplier");
                List<double[]> timings = new ArrayList<>();
                for (Map<String, byte[]> parts : mine) {
                    Instant sent = Instant.now();
                    long t = System.nanoTime();
                    Api.Reply accepted = supplier.postMultipart("api/v1/cpl/submissions", parts);
                    double acceptMillis = (System.nanoTime() - t) / 1e6;
                    String reference = accepted.json().getString("reference");
                    JsonObject detail;
                    do {
                        Thread.sleep(1000); // as a supplier system would poll; the server's own timeline time is measured, so the poll interval costs no accuracy
                        detail = supplier.get("api/v1/cpl/submissions/" + reference).json();
                    } while ("RECEIVED".equals(detail.getString("status")));
                    if (!"AWAITING_REVIEW".equals(detail.getString("status"))) {
                        throw new IllegalStateException(reference + " " + detail.getString("status"));
                    }
                    Instant review = detail.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                            .filter(e -> "AWAITING_REVIEW".equals(e.getString("status")))
                            .map(e -> Instant.parse(e.getString("at"))).findFirst().orElseThrow();
                    timings.add(new double[] {acceptMillis, (review.toEpochMilli() - sent.toEpochMilli())});
                }
                return timings;
            }));
        }
        List<Double> accepted = new ArrayList<>();
        List<Double> toReview = new ArrayList<>();
        for (Future<List<double[]>> f : results) {
            for (double[] r : f.get()) {
                accepted.add(r[0]);
                toReview.add(r[1]);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "intake (%s), %d concurrent submitters x %d: 202 answer median %.0f ms, p95 %.0f ms;"
                + " intake to AWAITING_REVIEW median %.0f ms, p95 %.0f ms, max %.0f ms; %.1f submissions/s%n",
                label, submitters, perSubmitter, percentile(accepted, 50), percentile(accepted, 95),
                percentile(toReview, 50), percentile(toReview, 95), percentile(toReview, 100),
                accepted.size() / seconds);
    }

    private static String manufacturer(int n) {
        return String.format(Locale.ROOT, "%04X", 0x1000 + n);
    }

    /** A published CPL of {@code n} entries in the export's columns. */
    static byte[] publishedCpl(int n) {
        StringBuilder csv = new StringBuilder(String.join(",", PublishedCpl.COLUMNS)).append("\r\n");
        Random random = new Random(1);
        for (int i = 1; i <= n; i++) {
            String type = TYPES[i % TYPES.length];
            String hash = String.format(Locale.ROOT, "%064x", new java.math.BigInteger(256, random));
            csv.append(i).append(",HASH_ASSOCIATED,").append(type).append(',').append(manufacturer(i % 200))
                    .append(",Manufacturer ").append(i % 200).append(',')
                    .append(String.format(Locale.ROOT, "%08X", i)).append(",Model ").append(i).append(",0102,")
                    .append(String.format(Locale.ROOT, "%08X", 0x38000000 + i % 7)).append(",SMETS2 v4.2,v4.2,CPA-")
                    .append(i).append(",2029-03-31,,N/A,").append(hash).append(",2024-07-11T09:30:00Z,2024-07-11")
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long download(URL url) throws Exception {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        try (InputStream in = c.getInputStream()) {
            return in.transferTo(new ByteArrayOutputStream());
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
