package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoSystemTest;

/** The report as PDF with embedded fonts carrying the diacritics, the appendix as Excel, and Word that LibreOffice opens. */
@DemoSystemTest
class ReportPdfTest {

    private static final String BASE = "/api/v1/reports/CCHC-2024/2024-Q1/395";

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void thePdfReadsInVietnameseWithItsFontsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(BASE + "/report.pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("UBND HUYỆN THỌ XUÂN").contains("THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH")
                    .contains("Số lượng hồ sơ đã tiếp nhận").contains("8.803");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void theAppendixIsAnExcelWorkbookWithEveryRow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(BASE + "/appendix.xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("THỐNG KÊ SỐ LIỆU");
            assertThat(sheet.getLastRowNum() - 3).isEqualTo(165);
            // The unit and the period as an official names them, the window in Vietnamese dates (to its last day).
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Huyện Thọ Xuân — Quý I năm 2024 (số liệu từ ngày 15/12/2023 đến hết ngày 14/03/2024)");
            var print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(workbook.getPrintArea(0)).endsWith("$A$1:$E$169");
            var legend = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "1.4.2".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(legend.getCell(2).getStringCellValue()).isEqualTo("Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2");
        }
    }

    @Test
    void libreOfficePrintsTheAppendixOnA4WithEveryColumnOnEachPage() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed here; CI installs it and runs this check");
        assumeTrue(Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so")),
                "LibreOffice Calc is not installed here (apt-get install libreoffice-calc-nogui); CI installs it and runs this check");
        Path xlsx = directory.resolve("phu-luc.xlsx");
        Files.write(xlsx, download(BASE + "/appendix.xlsx"));
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + directory.resolve("lo"),
                "--convert-to", "pdf", "--outdir", directory.toString(), xlsx.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(directory.resolve("phu-luc.pdf")).as(output).exists();
        try (PDDocument converted = Loader.loadPDF(Files.readAllBytes(directory.resolve("phu-luc.pdf")))) {
            // Fitted to the width: a handful of pages, not one per column.
            assertThat(converted.getNumberOfPages()).isBetween(2, 8);
            for (int page = 1; page <= converted.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(converted)).as("page %d repeats the headings", page).contains("STT").contains("Ghi chú")
                        .contains("Số liệu").contains("Trang " + page + "/");
            }
            assertThat(converted.getPage(0).getMediaBox().getWidth()).isBetween(590f, 600f);
        }
    }

    @Test
    void libreOfficeOpensTheWordFile() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed here; CI installs it and runs this check");
        Path docx = directory.resolve("bao-cao.docx");
        Files.write(docx, download(BASE + "/report.docx"));
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + directory.resolve("lo"),
                "--convert-to", "pdf", "--outdir", directory.toString(), docx.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path pdf = directory.resolve("bao-cao.pdf");
        assertThat(pdf).exists();
        ReportWordLayoutTest.keep("district-2024-Q1-libreoffice.pdf", Files.readAllBytes(pdf));
        try (PDDocument converted = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(converted).replaceAll("\\s+", " ")).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("8.803");
        }
    }
}
