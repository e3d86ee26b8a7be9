package vn.motcua.signatures.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.signatures.Pdfsig;

/**
 * The PKCS#11 path against a real token: SoftHSM2 (Debian's softhsm2) initialises a token in a
 * directory of its own ({@code SOFTHSM2_CONF}, set for the test run in the pom), a key and its
 * certificate are put on it through SunPKCS11, and MotCua signs a PDF with the key where it lies — the
 * signature valid for pdfsig and for MotCua's reader. A token that is not configured is a clear refusal.
 */
class Pkcs11SigningTest {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    private static final String PIN = "1234";
    private static int slot;
    private static SelfIssuedCertificates.Issued issued;

    @BeforeAll
    static void initialiseToken() throws Exception {
        Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = conf.getParent().resolve("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> old = Files.walk(tokens)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        String output = run("softhsm2-util", "--init-token", "--free", "--label", "motcua-test", "--pin", PIN, "--so-pin", "87654321");
        Matcher reassigned = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        assertThat(reassigned.find()).as(output).isTrue();
        slot = Integer.parseInt(reassigned.group(1));

        Instant now = Instant.now();
        issued = SelfIssuedCertificates.issue("Sở Tư pháp tỉnh Thanh Hóa", "Sở Tư pháp tỉnh Thanh Hóa", null,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), "unused");
        Provider loader = Security.getProvider("SunPKCS11").configure("--name=motcua-import\nlibrary=" + LIBRARY + "\nslot=" + slot);
        KeyStore token = KeyStore.getInstance("PKCS11", loader);
        token.load(null, PIN.toCharArray());
        token.setKeyEntry("so-tu-phap", issued.key().key(), null, new Certificate[] { issued.certificate() });
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Pkcs11Tokens tokens(String pin) {
        return new Pkcs11Tokens(new SignatureSettings(null, Map.of("hsm-so-tu-phap",
                new SignatureSettings.Token(LIBRARY, slot, null, pin, null))));
    }

    @Test
    void aPdfSignedWithTheKeyOnTheTokenIsValidForPdfsigAndTheReader() throws Exception {
        PadesSigner.SigningKey key = tokens(PIN).key("hsm-so-tu-phap");
        assertThat(key.provider()).isNotNull();
        assertThat(key.chain().get(0)).isEqualTo(issued.certificate());
        byte[] page = new PdfDocuments().render("<html><body><p>Kết quả giải quyết thủ tục hành chính</p></body></html>");

        byte[] signed = PadesSigner.sign(page, key, Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh"), "Phê duyệt kết quả", "Thanh Hóa", null);

        assertThat(Pdfsig.check(signed)).contains("Signature is Valid.").contains("Total document signed");
        List<PdfSignatureReader.Found> found = PdfSignatureReader.read(signed);
        assertThat(found.get(0).intact()).isTrue();
        assertThat(CertificateNames.commonName(found.get(0).certificate())).isEqualTo("Sở Tư pháp tỉnh Thanh Hóa");
    }

    @Test
    void aTokenNotConfiguredIsNamedInTheRefusal() {
        assertThatThrownBy(() -> tokens(PIN).key("hsm-khac")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("token"));
    }
}
