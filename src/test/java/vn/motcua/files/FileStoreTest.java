package vn.motcua.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.SampleFiles.HTML;
import static vn.motcua.SampleFiles.docx;
import static vn.motcua.SampleFiles.image;
import static vn.motcua.SampleFiles.join;
import static vn.motcua.SampleFiles.pdf;
import static vn.motcua.SampleFiles.xlsx;
import static vn.motcua.SampleFiles.zip;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.DemoSystemTest;
import vn.motcua.shared.ContentTooLargeException;
import vn.motcua.shared.FileContent.Kind;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;

/**
 * An upload is stored only when its whole content is the kind its name says, whole and within the
 * limit, and comes back byte for byte, a chunk at a time, always as a download; a refusal names the
 * file and what is wrong, and leaves no row behind.
 */
@DemoSystemTest
class FileStoreTest {

    private static final Set<Kind> PAPERS = EnumSet.of(Kind.PDF, Kind.PNG, Kind.JPEG, Kind.DOCX, Kind.XLSX);

    @Autowired
    FileStore files;

    @Autowired
    FileDownloads downloads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private long rows() {
        return jdbc.sql("select (select count(*) from files_file) + (select count(*) from files_chunk)").query(Long.class).single();
    }

    private String shown(LocalizedException e) {
        return messages.getMessage(e.messageCode(), e.arguments(), Locale.forLanguageTag("vi"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void eachKindIsStoredWithTheTypeItsContentIs() throws Exception {
        Object[][] uploads = { { "to-khai.pdf", pdf(), "application/pdf" }, { "anh-cccd.png", image("png"), "image/png" },
                { "anh-so-ho-khau.JPG", image("jpeg"), "image/jpeg" },
                { "don.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
                { "bang-ke.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } };
        for (Object[] upload : uploads) {
            byte[] content = (byte[]) upload[1];
            StoredFile stored = files.store((String) upload[0], new ByteArrayInputStream(content), PAPERS);
            assertThat(stored.fileName()).isEqualTo(upload[0]);
            assertThat(stored.contentType()).isEqualTo(upload[2]);
            assertThat(stored.size()).isEqualTo(content.length);
            assertThat(stored.sha256()).isEqualTo(sha256(content));
            assertThat(files.find(stored.id())).contains(stored);
        }
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedByNameAndNothingIsStored() {
        long before = rows();
        Object[][] disguises = { { "giay-khai-sinh.pdf", HTML }, { "quyet-dinh.pdf", join("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), HTML) },
                { "don-de-nghi.docx", zip("index.html", HTML) }, { "bang-ke.docx", xlsx() }, { "to-khai.xlsx", docx() },
                { "anh.png", image("jpeg") }, { "anh.jpg", join(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, HTML) } };
        for (Object[] disguise : disguises) {
            String name = (String) disguise[0];
            assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream((byte[]) disguise[1]), PAPERS)).as(name)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("file");
                        assertThat(shown(e)).contains("“" + name + "”").contains("không phải là");
                    });
        }
        assertThatThrownBy(() -> files.store("trang.html", new ByteArrayInputStream(HTML), PAPERS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(shown(e)).contains("“trang.html”").contains("PDF, PNG, JPEG, DOCX, XLSX"));
        assertThatThrownBy(() -> files.store("bang-ke.xlsx", new ByteArrayInputStream(xlsx()), EnumSet.of(Kind.PDF)))
                .as("a real workbook where only PDF is taken").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(shown(e)).contains("chỉ nhận PDF"));
        assertThatThrownBy(() -> files.store("rong.pdf", InputStream.nullInputStream(), PAPERS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(shown(e)).contains("“rong.pdf”"));
        assertThatThrownBy(() -> files.store("../", new ByteArrayInputStream(pdf()), PAPERS)).isInstanceOf(InvalidInputException.class);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIsRefusedAsItArrivesAndNothingIsStored() {
        long before = rows();
        long limit = files.maxBytes();
        assertThat(limit).isEqualTo(20L * 1024 * 1024);
        // A PDF header and then zeros, one byte more than the limit, made as it is read: the upload is never in memory.
        InputStream oversized = new InputStream() {
            private final byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            private long sent;

            @Override
            public int read() {
                if (sent > limit) {
                    return -1;
                }
                long at = sent++;
                return at < header.length ? header[(int) at] : 0;
            }
        };
        assertThatThrownBy(() -> files.store("ban-scan-ho-so.pdf", oversized, PAPERS))
                .isInstanceOfSatisfying(ContentTooLargeException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(shown(e)).isEqualTo("Tệp “ban-scan-ho-so.pdf” lớn hơn mức cho phép 20 MB.");
                });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aFileOfSeveralChunksComesBackByteForByte() throws Exception {
        byte[] scan = pdf(3_500_000);
        StoredFile stored = files.store("Bản chụp hồ sơ.pdf", new ByteArrayInputStream(scan), PAPERS);
        assertThat(jdbc.sql("select count(*) from files_chunk where file_id = ?").param(stored.id()).query(Long.class).single())
                .as("chunks of 1 MB").isEqualTo(4);
        byte[] back;
        try (InputStream in = files.open(stored.id())) {
            back = in.readAllBytes();
        }
        assertThat(back).hasSize(scan.length);
        assertThat(sha256(back)).isEqualTo(sha256(scan)).isEqualTo(stored.sha256());

        assertThat(files.delete(stored.id())).isTrue();
        assertThat(jdbc.sql("select count(*) from files_chunk where file_id = ?").param(stored.id()).query(Long.class).single()).isZero();
        assertThat(files.find(stored.id())).isEmpty();
    }

    @Test
    void aDownloadIsAlwaysAnAttachmentUnderItsVietnameseName() throws Exception {
        byte[] content = pdf();
        StoredFile stored = files.store("C:\\Hồ sơ\\Tờ khai đăng ký khai sinh.pdf", new ByteArrayInputStream(content), PAPERS);
        assertThat(stored.fileName()).as("the path the browser sent is dropped").isEqualTo("Tờ khai đăng ký khai sinh.pdf");
        ResponseEntity<Resource> answer = downloads.download(stored.id());
        HttpHeaders headers = answer.getHeaders();
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"To khai dang ky khai sinh.pdf\"; "
                + "filename*=UTF-8''T%E1%BB%9D%20khai%20%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh.pdf");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getContentType()).hasToString("application/pdf");
        assertThat(headers.getContentLength()).isEqualTo(content.length);
        try (InputStream in = answer.getBody().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }
}
