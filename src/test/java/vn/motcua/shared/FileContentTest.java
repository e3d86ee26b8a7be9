package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.FileContent.Kind;

/**
 * A file is what all of its content is, not what its first bytes, its name or its sender say: the
 * disguises the outside review sent (a PDF header followed by HTML, a PNG header followed by HTML,
 * any zip named .docx) are refused, real files of each kind are accepted, and the types stored and
 * served are only ever the kinds' own.
 */
class FileContentTest {

    private static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final List<Kind> ALL = Arrays.asList(Kind.values());

    static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Giấy hẹn trả kết quả");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Biểu").createRow(0).createCell(0).setCellValue("Chỉ tiêu");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String entry, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

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
