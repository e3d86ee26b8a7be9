package vn.motcua.signatures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdfsig (poppler-utils) run on a PDF: what an independent reader says of its signatures. */
public final class Pdfsig {

    private Pdfsig() {
    }

    public static String check(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("motcua-pdfsig-", ".pdf");
        try {
            Files.write(file, pdf);
            // -nocert: the demo and test certificates are self-issued, so no trust chain is expected; the signature itself is checked.
            Process process = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pdfsig did not finish");
            }
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
