package vn.motcua.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import vn.motcua.SampleFiles;

/**
 * Upload heap harness (bench/upload-heap.sh; not part of ./mvnw verify). Starts the packaged
 * application on a data directory that holds the demo, with the heap limit given, and watches its
 * heap through JMX while a 20 MB PDF goes up through the real HTTP API (multipart, as a browser sends
 * it) and comes back down: the live heap after a full collection before and after, the highest heap
 * use sampled every 5 ms during each transfer, and the old generation's peak. A file held whole
 * anywhere on the way (the multipart part, the content check, the database write, the download)
 * would show as 20 MB more; with a heap limit too small to hold it beside the application's own live
 * set, it would fail.
 */
public final class UploadHeapBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String CLERK = "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8));
    private static final long MB = 1024 * 1024;

    private UploadHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path data = Path.of(args[1]);
        String heap = args.length > 2 ? args[2] : "512m";
        int uploads = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        if (!Files.isDirectory(data.resolve("postgres"))) {
            System.out.println("Loading the demo into " + data + " (a first start)...");
            stop(start(jar, data, "1g", freePort(), freePort()));
        }
        Path pdf = Files.createTempFile("motcua-bench-", ".pdf");
        Files.write(pdf, SampleFiles.pdf((int) (20 * MB) - 64 * 1024));
        String sha256 = sha256(Files.newInputStream(pdf));
        int jmx = freePort();
        Running app = start(jar, data, heap, freePort(), jmx);
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(
                "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmx + "/jmxrmi"))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            List<MemoryPoolMXBean> pools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            MemoryPoolMXBean old = pools.stream().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                    .findFirst().orElseThrow();
            String code = receive(app.port());
            // Warm up: the first upload and download load their classes; they are not measured.
            transfer(app.port(), code, Files.write(Files.createTempFile("motcua-bench-", ".pdf"), SampleFiles.pdf(200_000)));
            System.out.printf("Java heap limit -Xmx%s (%d MB), PDF of %.1f MB, SHA-256 %s%n", heap,
                    memory.getHeapMemoryUsage().getMax() / MB, Files.size(pdf) / (double) MB, sha256.substring(0, 16));
            System.out.println("| run | live heap before | live heap after | highest heap during upload | during download | "
                    + "old gen peak above live | upload | download |");
            for (int run = 1; run <= uploads; run++) {
                long before = liveHeap(memory);
                long oldBefore = old.getUsage().getUsed();
                pools.forEach(MemoryPoolMXBean::resetPeakUsage);
                Sampler up = new Sampler(memory);
                long t0 = System.nanoTime();
                long documentId = upload(app.port(), code, pdf);
                long uploadMillis = (System.nanoTime() - t0) / 1_000_000;
                long upPeak = up.stop();
                Sampler down = new Sampler(memory);
                long t1 = System.nanoTime();
                String back = download(app.port(), code, documentId);
                long downloadMillis = (System.nanoTime() - t1) / 1_000_000;
                long downPeak = down.stop();
                if (!back.equals(sha256)) {
                    throw new IllegalStateException("The download differs from the upload");
                }
                long oldPeak = old.getPeakUsage().getUsed() - oldBefore;
                long after = liveHeap(memory);
                System.out.printf("| %d | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.2f s | %.2f s |%n", run, before / (double) MB,
                        after / (double) MB, upPeak / (double) MB, downPeak / (double) MB, oldPeak / (double) MB,
                        uploadMillis / 1000.0, downloadMillis / 1000.0);
            }
        } finally {
            stop(app);
            Files.deleteIfExists(pdf);
        }
    }

    private record Running(Process process, int port) {
    }

    private static Running start(Path jar, Path data, String heap, int port, int jmx) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-XX:+UseSerialGC",
                "-Dcom.sun.management.jmxremote.port=" + jmx, "-Dcom.sun.management.jmxremote.rmi.port=" + jmx,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1", "-jar", jar.toString(),
                "--server.port=" + port, "--motcua.data-dir=" + data));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + data.getFileName() + ".log beside the data directory");
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new Running(process, port);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroy();
        throw new IllegalStateException("The application did not become ready in 10 minutes");
    }

    private static void stop(Running app) throws InterruptedException {
        app.process().destroy();
        if (!app.process().waitFor(2, TimeUnit.MINUTES)) {
            app.process().destroyForcibly();
        }
    }

    /** The heap still in use after a full collection. */
    private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
        memory.gc();
        Thread.sleep(200);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The highest heap use seen every 5 ms until stopped. */
    private static final class Sampler {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong highest = new AtomicLong();
        private final Thread thread;

        Sampler(MemoryMXBean memory) {
            thread = new Thread(() -> {
                while (running.get()) {
                    highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return highest.get();
        }
    }

    private static String receive(int port) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", CLERK).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"procedureCode":"1.001193","agencyCode":"000.00.71.H56","channel":"POSTAL",
                         "applicant":{"name":"Người Đo Bộ Nhớ","idNumber":"038190999999","phone":"0912999999"}}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Intake refused: " + answer.body());
        }
        return answer.body().replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
    }

    private static void transfer(int port, String code, Path file) throws Exception {
        download(port, code, upload(port, code, file));
    }

    /** The file sent from disk as one multipart part, never read into this process's memory either. */
    private static long upload(int port, String code, Path file) throws Exception {
        String boundary = "----motcua-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"requirement\"\r\n\r\n1\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ban-quet-20MB.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/" + code
                + "/documents")).header("Authorization", CLERK).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Upload refused (" + answer.statusCode() + "): " + answer.body());
        }
        return Long.parseLong(answer.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
    }

    /** The document read back as a stream and digested as it arrives. */
    private static String download(int port, String code, long documentId) throws Exception {
        HttpResponse<InputStream> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/"
                + code + "/documents/" + documentId)).header("Authorization", CLERK).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Download refused: " + answer.statusCode());
        }
        return sha256(answer.body());
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream stream = new DigestInputStream(in, digest)) {
            stream.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
