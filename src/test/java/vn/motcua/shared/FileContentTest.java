package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.SampleFiles.HTML;
import static vn.motcua.SampleFiles.docx;
import static vn.motcua.SampleFiles.image;
import static vn.motcua.SampleFiles.join;
import static vn.motcua.SampleFiles.pdf;
import static vn.motcua.SampleFiles.replaced;
import static vn.motcua.SampleFiles.xlsx;
import static vn.motcua.SampleFiles.zip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.shared.FileContent.Kind;

/**
 * A file is what all of its content is, not what its first bytes, its name or its sender say: the
 * disguises the outside review sent (a PDF header followed by HTML, a PNG header followed by HTML,
 * any zip named .docx) are refused, real files of each kind are accepted, and the types stored and
 * served are only ever the kinds' own.
 */
class FileContentTest {

    private static final List<Kind> ALL = Arrays.asList(Kind.values());

    @Test
    void realFilesOfEachKindAreRecognised() throws Exception {
        assertThat(FileContent.recognise("quyet-dinh.pdf", pdf(), ALL)).contains(Kind.PDF);
        assertThat(FileContent.recognise("anh.PNG", image("png"), ALL)).contains(Kind.PNG);
        assertThat(FileContent.recognise("anh.jpg", image("jpeg"), ALL)).contains(Kind.JPEG);
        assertThat(FileContent.recognise("anh.jpeg", image("jpeg"), ALL)).contains(Kind.JPEG);
        assertThat(FileContent.recognise("don.docx", docx(), ALL)).contains(Kind.DOCX);
        assertThat(FileContent.recognise("bieu.xlsx", xlsx(), ALL)).contains(Kind.XLSX);
    }

    @Test
    void theReviewersDisguisesAreRefused() throws Exception {
        assertThat(FileContent.recognise("x.pdf", join("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), HTML), ALL)).isEmpty();
        assertThat(FileContent.recognise("x.png", join(Arrays.copyOf(image("png"), 8), HTML), ALL)).isEmpty();
        assertThat(FileContent.recognise("x.jpg", join(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, HTML), ALL)).isEmpty();
        assertThat(FileContent.recognise("x.docx", zip("index.html", HTML), ALL)).as("any zip named .docx").isEmpty();
        assertThat(FileContent.recognise("x.docx", xlsx(), ALL)).as("a workbook named .docx").isEmpty();
        assertThat(FileContent.recognise("x.xlsx", docx(), ALL)).as("a Word document named .xlsx").isEmpty();
        assertThat(FileContent.recognise("x.png", image("jpeg"), ALL)).as("a JPEG named .png").isEmpty();
        assertThat(FileContent.recognise("x.pdf", image("png"), ALL)).as("an image named .pdf").isEmpty();
        assertThat(FileContent.recognise("x.html", HTML, ALL)).isEmpty();
        assertThat(FileContent.recognise("x.pdf", new byte[0], ALL)).isEmpty();
    }

    /** A real Word package whose main part is not a whole document, or brings a document type to pull in other files. */
    @Test
    void anOfficePackageIsReadToTheEndOfEveryPart() {
        byte[] docx = docx();
        String open = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
        assertThat(FileContent.recognise("x.docx", replaced(docx, "word/document.xml", open.getBytes(StandardCharsets.UTF_8)), ALL))
                .as("an unfinished main part").isEmpty();
        String external = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + open
                + "<w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>";
        assertThat(FileContent.recognise("x.docx", replaced(docx, "word/document.xml", external.getBytes(StandardCharsets.UTF_8)), ALL))
                .as("a document type with an external entity").isEmpty();
        assertThat(FileContent.recognise("x.docx", replaced(docx, "word/document.xml", HTML), ALL)).as("HTML as the main part").isEmpty();
        assertThat(FileContent.recognise("x.docx", replaced(docx, "word/settings.xml", "<html><body><p>Giá</body></html>"
                .getBytes(StandardCharsets.UTF_8)), ALL)).as("another part that is not XML").isEmpty();
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        byte[] png = image("png");
        assertThat(FileContent.recognise("x.png", Arrays.copyOf(png, png.length / 2), ALL)).isEmpty();
        byte[] docx = docx();
        assertThat(FileContent.recognise("x.docx", Arrays.copyOf(docx, docx.length / 2), ALL)).isEmpty();
    }

    @Test
    void onlyTheAllowedKindsAreAccepted() throws Exception {
        assertThat(FileContent.recognise("bieu.xlsx", xlsx(), List.of(Kind.PDF, Kind.DOCX))).isEmpty();
    }

    @Test
    void aZipThatUnpacksBeyondTheLimitIsRefusedWithoutUnpackingIt() throws Exception {
        byte[] zeros = new byte[(int) FileContent.OFFICE_UNPACKED_LIMIT + 1024];
        byte[] bomb = zip("word/document.xml", zeros);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(FileContent.recognise("x.docx", bomb, ALL)).isEmpty();
    }

    @Test
    void storedAndServedTypesAreOnlyTheKnownOnes() throws Exception {
        assertThat(FileContent.storedType("quyet-dinh.pdf", pdf())).isEqualTo("application/pdf");
        assertThat(FileContent.storedType("trang.html", HTML)).isEqualTo(FileContent.UNKNOWN);
        assertThat(FileContent.storedType("gia.pdf", HTML)).isEqualTo(FileContent.UNKNOWN);
        assertThat(FileContent.servedType("text/html;charset=\"")).isEqualTo(FileContent.UNKNOWN);
        assertThat(FileContent.servedType("text/html")).isEqualTo(FileContent.UNKNOWN);
        assertThat(FileContent.servedType(null)).isEqualTo(FileContent.UNKNOWN);
        assertThat(FileContent.servedType("Application/PDF; name=x")).isEqualTo("application/pdf");
        for (Kind kind : Kind.values()) {
            assertThat(FileContent.servedType(kind.contentType())).isEqualTo(kind.contentType());
        }
    }
}
