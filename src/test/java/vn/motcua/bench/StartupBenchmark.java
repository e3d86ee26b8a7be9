package vn.motcua.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Start-up harness (bench/startup.sh; not part of ./mvnw verify). Starts the packaged application,
 * extracted as Spring Boot recommends, against a database directory (a province loaded by
 * bench/scale.sh, or a fresh one), several times without and with a class data sharing archive made
 * by a training run, and prints the median time from launch to the first page.
 */
public final class StartupBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path extracted = Path.of(args[0]).toAbsolutePath();
        Path data = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path jar;
        try (var files = Files.list(extracted)) {
            jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "2GB").setServerConfig("max_wal_size", "8GB").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Path archive = extracted.resolve("motcua.jsa");
            Files.deleteIfExists(archive);
            // The training run: the context starts, the classes it loaded go to the archive, the JVM exits.
            Process training = launch(jar, url, freePort(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh");
            if (!training.waitFor(5, TimeUnit.MINUTES) || !Files.exists(archive)) {
                throw new IllegalStateException("The training run made no archive");
            }
            List<Double> plain = new ArrayList<>();
            List<Double> shared = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                plain.add(startOnce(jar, url));
                shared.add(startOnce(jar, url, "-XX:SharedArchiveFile=" + archive));
            }
            System.out.printf("| start-up to the first page, plain `java -jar` | median %.1f s of %s |%n", median(plain), plain);
            System.out.printf("| start-up to the first page, with the class data sharing archive | median %.1f s of %s |%n",
                    median(shared), shared);
        }
    }

    private static double startOnce(Path jar, String url, String... jvmOptions) throws Exception {
        int port = freePort();
        long started = System.nanoTime();
        Process app = launch(jar, url, port, jvmOptions);
        try {
            while (status("http://localhost:" + port + "/login") != 200) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("MotCua did not start");
                }
                Thread.sleep(50);
            }
            return Math.round((System.nanoTime() - started) / 1e8) / 10.0;
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process launch(Path jar, String url, int port, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.getFileName().toString(), "--server.port=" + port, "--motcua.db.url=" + url,
                "--motcua.db.user=postgres", "--motcua.db.password=postgres", "--motcua.db.pool-size=20"));
        return new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
