package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The Word report in the form of Decree 30/2020/NĐ-CP, for the district of 2024 and for a commune and
 * the province of the two-tier present: a grid and fixed widths on every table, the page-number field,
 * the two short rules, "Kính gửi", the signer's title lines and name, the decree's date, code legends;
 * read by POI, by python-docx (Debian's python3-docx) and converted by LibreOffice.
 * <p>
 * With {@code -Dmotcua.samples=/some/dir} the documents are also kept there, to be looked at.
 */
@DemoSystemTest
class ReportWordLayoutTest {

    private static final String DISTRICT = "/api/v1/reports/CCHC-2024/2024-Q3/395";
    private static final String COMMUNE = "/api/v1/reports/CCHC-2025/2026-Q3/15499";
    private static final String PROVINCE = "/api/v1/reports/CCHC-2025/2026-Q3/38";

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    @Test
    void theDistrictsReportIsAValidWordFileInTheDecreesForm() throws Exception {
        ApiClient api = new ApiClient(port);
        // The district was dissolved on 01/07/2025: no leader of its committee has an account today, so a typed signer is refused.
        ApiClient.Answer typed = api.send("PUT", DISTRICT + "/document", "application/json", """
                {"authority":"UBND HUYỆN THỌ XUÂN","number":"140/BC-UBND","place":"Thọ Xuân","issuedOn":"2024-09-05",
                 "title":"Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh quý III, nhiệm vụ trọng tâm quý IV năm 2024",
                 "addressee":"Ban Thường vụ Huyện uỷ Thọ Xuân.",
                 "sections":[{"heading":"Mở đầu","body":"Thực hiện Kế hoạch số 83-KH/HU ngày 02/12/2021 của Ban Chấp hành Đảng bộ huyện Thọ Xuân, UBND huyện Thọ Xuân báo cáo như sau:"},
                             {"heading":"I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH","body":"Trong quý III, UBND huyện đã ban hành Kế hoạch[^Kế hoạch 90/KH-UBND]."}],
                 "signatureRole":"KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH","signer":"Nguyễn Xuân Hải",
                 "recipients":"- Như trên (để b/c);\\n- Chủ tịch UBND huyện (để b/c);\\n- Các PCT UBND huyện (để b/c);\\n- Trưởng các phòng chuyên môn;\\n- Chủ tịch UBND xã, thị trấn;\\n- Lưu: VT, NV."}""",
                "reform", "demo");
        assertThat(typed.status()).isEqualTo(422);
        assertThat(typed.body()).contains("\"field\":\"signer\"").contains("Người ký: \\\"Nguyễn Xuân Hải\\\" không phải lãnh đạo");
        ApiClient.Answer saved = api.send("PUT", DISTRICT + "/document", "application/json", """
                {"authority":"UBND HUYỆN THỌ XUÂN","number":"140/BC-UBND","place":"Thọ Xuân","issuedOn":"2024-09-05",
                 "title":"Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh quý III, nhiệm vụ trọng tâm quý IV năm 2024",
                 "addressee":"Ban Thường vụ Huyện uỷ Thọ Xuân.",
                 "sections":[{"heading":"Mở đầu","body":"Thực hiện Kế hoạch số 83-KH/HU ngày 02/12/2021 của Ban Chấp hành Đảng bộ huyện Thọ Xuân, UBND huyện Thọ Xuân báo cáo như sau:"},
                             {"heading":"I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH","body":"Trong quý III, UBND huyện đã ban hành Kế hoạch[^Kế hoạch 90/KH-UBND]."}],
                 "signatureRole":"KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH",
                 "recipients":"- Như trên (để b/c);\\n- Chủ tịch UBND huyện (để b/c);\\n- Các PCT UBND huyện (để b/c);\\n- Trưởng các phòng chuyên môn;\\n- Chủ tịch UBND xã, thị trấn;\\n- Lưu: VT, NV."}""",
                "reform", "demo");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        byte[] docx = download(DISTRICT + "/report.docx", "reform");
        keep("district-2024-Q3.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            everyTableHasItsGrid(document);
            XWPFTable header = document.getTables().get(0);
            // Decree 30: a leading zero for days below 10 and for January and February only.
            assertThat(header.getText()).contains("Thọ Xuân, ngày 05 tháng 9 năm 2024").doesNotContain("tháng 09");
            twoShortRules(header);
            assertThat(paragraphs(document)).contains("Kính gửi: Ban Thường vụ Huyện uỷ Thọ Xuân.");
            // The officer's opening paragraph stands between "Kính gửi" and section I, as running text without its heading.
            assertThat(paragraphs(document)).contains("Kính gửi: Ban Thường vụ Huyện uỷ Thọ Xuân.\nThực hiện Kế hoạch số 83-KH/HU ngày"
                    + " 02/12/2021 của Ban Chấp hành Đảng bộ huyện Thọ Xuân, UBND huyện Thọ Xuân báo cáo như sau:\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
                    .doesNotContain("Mở đầu");
            pageNumbers(document);

            XWPFTable signature = document.getTables().get(1);
            List<String> right = lines(signature.getRow(0).getCell(1));
            assertThat(right).startsWith("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").doesNotContain("Nguyễn Xuân Hải");
            List<String> left = lines(signature.getRow(0).getCell(0));
            assertThat(left).containsExactly("Nơi nhận:", "- Như trên (để b/c);", "- Chủ tịch UBND huyện (để b/c);", "- Các PCT UBND huyện (để b/c);",
                    "- Trưởng các phòng chuyên môn;", "- Chủ tịch UBND xã, thị trấn;", "- Lưu: VT, NV.");
            assertThat(signature.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();

            XWPFTable appendix = document.getTables().get(2);
            appendixLayout(appendix);
            assertThat(paragraphs(document)).contains("(Kèm theo Báo cáo số 140/BC-UBND ngày 05 tháng 9 năm 2024 của UBND huyện Thọ Xuân)");
            assertThat(row(appendix, "1.4.2").getCell(2).getText()).isEqualTo("Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2");
            assertThat(row(appendix, "1.5").getCell(2).getText()).isEqualTo("Không = 0; Có = 1");
            assertThat(row(appendix, "7.1").getCell(2).getText()).isEqualTo("Chưa có = 0; 2 cấp = 1; 3 cấp = 2");
        }
        readByPythonDocx("district", docx);
        convertedByLibreOffice("district", docx, "ngày 05 tháng 9 năm 2024", "Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2");
    }

    @Test
    void aCommunesTwoTierReportHasTheSameForm() throws Exception {
        byte[] docx = download(COMMUNE + "/report.docx", "thoxuan");
        keep("commune-2026-Q3.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            everyTableHasItsGrid(document);
            XWPFTable header = document.getTables().get(0);
            assertThat(header.getText()).contains("UBND XÃ THỌ XUÂN").contains("/BC-UBND").doesNotContain("…");
            assertThat(header.getText()).containsPattern("ngày (0[1-9]|[12][0-9]|3[01]) tháng ([3-9]|1[0-2]|0[12]) năm 2026");
            twoShortRules(header);
            pageNumbers(document);
            String text = paragraphs(document);
            assertThat(text).contains("cải thiện môi trường đầu tư kinh doanh quý III, nhiệm vụ trọng tâm quý IV năm 2026")
                    .contains("Kính gửi: Sở Nội vụ tỉnh Thanh Hóa.").contains("của UBND xã Thọ Xuân)").doesNotContain("huyện");
            // The opening paragraph MotCua writes: under the commune's plan of the year, between "Kính gửi" and section I.
            assertThat(text).containsPattern("Kính gửi: Sở Nội vụ tỉnh Thanh Hóa\\.\nThực hiện Kế hoạch số \\d+/KH-UBND ngày \\d\\d/01/2026"
                    + " của UBND xã Thọ Xuân về cải cách hành chính năm 2026, UBND xã Thọ Xuân báo cáo tình hình, kết quả thực hiện cải cách"
                    + " hành chính, cải thiện môi trường đầu tư kinh doanh quý III, nhiệm vụ trọng tâm quý IV năm 2026 như sau:\nI\\. CÔNG TÁC")
                    .doesNotContain("Mở đầu");
            List<String> right = lines(document.getTables().get(1).getRow(0).getCell(1));
            assertThat(right).startsWith("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
            assertThat(lines(document.getTables().get(1).getRow(0).getCell(0))).startsWith("Nơi nhận:", "- Như trên;")
                    .endsWith("- Lưu: VT, VP.").hasSizeGreaterThanOrEqualTo(5);
            XWPFTable appendix = document.getTables().get(2);
            appendixLayout(appendix);
            assertThat(row(appendix, "7.1").getCell(2).getText()).isEqualTo("Chưa có = 0; Đã có = 1");
        }
        readByPythonDocx("commune", docx);
        convertedByLibreOffice("commune", docx, "Kính gửi: Sở Nội vụ tỉnh Thanh Hóa.", "Chưa có = 0; Đã có = 1");
    }

    @Test
    void theProvincesReportGoesToTheMinistry() throws Exception {
        byte[] docx = download(PROVINCE + "/report.docx", "reform");
        keep("province-2026-Q3.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            everyTableHasItsGrid(document);
            assertThat(document.getTables().get(0).getText()).contains("UBND TỈNH THANH HÓA");
            assertThat(paragraphs(document)).contains("Kính gửi: Bộ Nội vụ.").contains("của UBND tỉnh Thanh Hóa)");
            appendixLayout(document.getTables().get(2));
        }
    }

    @Test
    void thePdfHasTheSameForm() throws Exception {
        byte[] pdf = download(COMMUNE + "/report.pdf", "thoxuan");
        keep("commune-2026-Q3.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsPattern("Kính gửi: Sở Nội vụ tỉnh Thanh Hóa\\. Thực hiện Kế hoạch số \\d+/KH-UBND .* UBND xã Thọ Xuân"
                    + " báo cáo tình hình, kết quả .* như sau: I\\. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").doesNotContain("Mở đầu");
            assertThat(text).contains("Kính gửi: Sở Nội vụ tỉnh Thanh Hóa.").contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH").contains("Nơi nhận:")
                    .contains("Chưa có = 0; Đã có = 1").contains("Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2").contains("của UBND xã Thọ Xuân)")
                    .contains("Ghi chú").containsPattern("ngày (0[1-9]|[12][0-9]|3[01]) tháng ([3-9]|1[0-2]|0[12]) năm 2026");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(firstLine(document, 1)).as("no number on the first page").doesNotMatch("\\d+");
            // The appendix starts a numbering of its own: its first page is 1, its second 2.
            int appendixStart = pageContaining(document, "THỐNG KÊ SỐ LIỆU");
            assertThat(appendixStart).isGreaterThan(1);
            assertThat(firstLine(document, appendixStart)).isEqualTo("1");
            assertThat(firstLine(document, appendixStart + 1)).isEqualTo("2");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // The two short rules: thin horizontal strokes in the header, a short one and one as long as the motto (64 mm).
            List<Double> rules = HorizontalRules.onPage(document, 0, 160);
            assertThat(rules).hasSize(2);
            assertThat(rules.get(0)).as("under the authority, a third to a half of its line").isBetween(55.0, 110.0);
            assertThat(rules.get(1)).as("under the motto").isBetween(175.0, 190.0);
        }
    }

    /** The horizontal rules drawn near the top of a page (thin filled or stroked paths), by their left edge, as widths in points. */
    static final class HorizontalRules extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {

        private final java.util.TreeMap<Double, Double> rules = new java.util.TreeMap<>();
        private final double top;
        private final double pageHeight;
        private double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;

        private HorizontalRules(org.apache.pdfbox.pdmodel.PDPage page, double top) {
            super(page);
            this.top = top;
            this.pageHeight = page.getMediaBox().getHeight();
        }

        static List<Double> onPage(PDDocument document, int index, double top) throws java.io.IOException {
            HorizontalRules engine = new HorizontalRules(document.getPage(index), top);
            engine.processPage(document.getPage(index));
            return List.copyOf(engine.rules.values());
        }

        private void point(java.awt.geom.Point2D p) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }

        private void paint() {
            if (maxX > minX && maxY - minY <= 2 && maxX - minX >= 30 && pageHeight - maxY <= top) {
                rules.put(minX, maxX - minX);
            }
            minX = minY = Double.MAX_VALUE;
            maxX = maxY = -Double.MAX_VALUE;
        }

        @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                java.awt.geom.Point2D p3) {
            point(p0);
            point(p1);
            point(p2);
            point(p3);
        }

        @Override public void moveTo(float x, float y) {
            point(new java.awt.geom.Point2D.Float(x, y));
        }

        @Override public void lineTo(float x, float y) {
            point(new java.awt.geom.Point2D.Float(x, y));
        }

        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            point(new java.awt.geom.Point2D.Float(x3, y3));
        }

        @Override public void strokePath() {
            paint();
        }

        @Override public void fillPath(int windingRule) {
            paint();
        }

        @Override public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override public void endPath() {
            minX = minY = Double.MAX_VALUE;
            maxX = maxY = -Double.MAX_VALUE;
        }

        @Override public java.awt.geom.Point2D getCurrentPoint() {
            return new java.awt.geom.Point2D.Float(0, 0);
        }

        @Override public void clip(int windingRule) {
        }

        @Override public void closePath() {
        }

        @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
        }

        @Override public void shadingFill(org.apache.pdfbox.cos.COSName name) {
        }
    }

    private static String firstLine(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).strip().lines().findFirst().orElse("").strip();
    }

    private static int pageContaining(PDDocument document, String text) throws Exception {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " not found");
    }

    /** The Word format requires w:tblGrid; each grid column and each cell carries a width in twips. */
    private static void everyTableHasItsGrid(XWPFDocument document) {
        assertThat(document.getTables()).hasSize(3);
        for (XWPFTable table : document.getTables()) {
            assertThat(table.getCTTbl().getTblGrid()).as("w:tblGrid").isNotNull();
            List<BigInteger> grid = table.getCTTbl().getTblGrid().getGridColList().stream().map(c -> (BigInteger) c.getW()).toList();
            assertThat(grid).allSatisfy(w -> assertThat(w.intValue()).isPositive());
            // 165 mm between the margins of A4 with 30 mm left and 15 mm right.
            assertThat(grid.stream().mapToInt(BigInteger::intValue).sum()).isBetween(9340, 9360);
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
        }
    }

    private static void appendixLayout(XWPFTable appendix) {
        List<Integer> widths = appendix.getCTTbl().getTblGrid().getGridColList().stream().map(CTTblGridCol::getW)
                .map(w -> ((BigInteger) w).intValue()).toList();
        assertThat(widths).hasSize(5);
        assertThat(widths.get(0)).as("STT narrow").isLessThan(1000);
        assertThat(widths.get(1)).as("the label wide").isGreaterThan(widths.get(0) * 4).isGreaterThan(widths.get(2) + widths.get(3) + widths.get(4) - 1000);
        assertThat(text(appendix.getRow(0))).contains("STT").contains("Chỉ tiêu thống kê").contains("Kết quả thống kê").contains("Ghi chú");
        assertThat(text(appendix.getRow(1))).contains("Đơn vị tính").contains("Số liệu");
        assertThat(appendix.getRow(0).isRepeatHeader()).isTrue();
        assertThat(appendix.getRow(1).isRepeatHeader()).isTrue();
        assertThat(appendix.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
        assertThat(appendix.getRows().stream().skip(2)).allSatisfy(r -> assertThat(r.getTableCells()).hasSize(5));
    }

    private static String text(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.joining(" | "));
    }

    private static XWPFTableRow row(XWPFTable table, String code) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    /** A short rule under the authority (a third to a half of its cell) and one as long as the motto. */
    private static void twoShortRules(XWPFTable header) {
        XWPFParagraph authorityRule = rule(header.getRow(0).getCell(0));
        XWPFParagraph mottoRule = rule(header.getRow(0).getCell(1));
        int authorityCell = header.getCTTbl().getTblGrid().getGridColArray(0).getW() instanceof BigInteger w ? w.intValue() : 0;
        int authorityLength = authorityCell - 216 - 2 * authorityRule.getIndentationLeft();
        assertThat(authorityLength).isBetween(authorityCell / 5, authorityCell / 2);
        int mottoCell = ((BigInteger) header.getCTTbl().getTblGrid().getGridColArray(1).getW()).intValue();
        assertThat(mottoCell - 216 - 2 * mottoRule.getIndentationLeft()).isBetween(3300, 3900);
        List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
        int at = left.indexOf(authorityRule);
        assertThat(left.get(at - 1).getText()).as("the rule sits under the authority").isNotBlank();
        assertThat(left.get(at + 1).getText()).as("and above the number").startsWith("Số: ");
    }

    private static XWPFParagraph rule(XWPFTableCell cell) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (p.getCTPPr() != null && p.getCTPPr().isSetPBdr() && p.getCTPPr().getPBdr().isSetTop()) {
                CTBorder top = p.getCTPPr().getPBdr().getTop();
                assertThat(top.getVal()).isEqualTo(STBorder.SINGLE);
                assertThat(p.getText()).isEmpty();
                return p;
            }
        }
        throw new AssertionError("no rule in " + cell.getText());
    }

    /** A PAGE field in the default header; none on the first page; the appendix numbered from 1 again. */
    private static void pageNumbers(XWPFDocument document) {
        XWPFHeader numbered = document.getHeaderList().stream().filter(h -> h._getHdrFtr().xmlText().contains("PAGE")).findFirst()
                .orElseThrow(() -> new AssertionError("no PAGE field in any header"));
        assertThat(numbered._getHdrFtr().xmlText()).contains("w:fldChar").contains("w:instrText");
        assertThat(numbered.getParagraphs().get(0).getAlignment().toString()).isEqualTo("CENTER");
        CTSectPr last = document.getDocument().getBody().getSectPr();
        assertThat(last.isSetTitlePg()).as("the appendix's first page shows its 1").isFalse();
        assertThat(last.getPgNumType().getStart()).as("the appendix numbers its own pages").isEqualTo(BigInteger.ONE);
        long sections = document.getParagraphs().stream().filter(p -> p.getCTPPr() != null && p.getCTPPr().isSetSectPr()).count();
        assertThat(sections).as("the report and its appendix are two sections").isEqualTo(1);
        CTSectPr main = document.getParagraphs().stream().filter(p -> p.getCTPPr() != null && p.getCTPPr().isSetSectPr()).findFirst()
                .orElseThrow().getCTPPr().getSectPr();
        assertThat(main.isSetTitlePg()).as("first page without a number").isTrue();
        assertThat(main.getHeaderReferenceList()).hasSize(2);
    }

    /** The cell's lines as a reader sees them: blank paragraphs (a rule, the room for the signature) left out. */
    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    /**
     * A second, schema-minded reader: python-docx builds its table model from w:tblGrid and refuses a
     * table without one. Debian's python3-docx; skipped with a notice where it is not installed.
     */
    private void readByPythonDocx(String name, byte[] docx) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        boolean present = Files.isExecutable(python)
                && new ProcessBuilder(python.toString(), "-c", "import docx").start().waitFor() == 0;
        if (!present) {
            System.err.println("NOTICE: python3-docx is not installed (apt-get install python3-docx); the second reader's check is skipped");
            return;
        }
        Path file = directory.resolve(name + ".docx");
        Files.write(file, docx);
        Path script = directory.resolve("read.py");
        Files.writeString(script, """
                import sys, docx
                d = docx.Document(sys.argv[1])
                for t in d.tables:
                    widths = [c.width.twips if c.width is not None else None for c in t.columns]
                    cells = sum(len(r.cells) for r in t.rows)
                    print("table", len(t.columns), ",".join(str(w) for w in widths), cells)
                s = d.sections
                print("sections", len(s), s[0].different_first_page_header_footer, s[-1].different_first_page_header_footer)
                print("pagefield", any("PAGE" in p._p.xml for p in s[0].header.paragraphs))
                """, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(python.toString(), script.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("table 2 3742,5613").contains("table 2 4252,5103").contains("table 5 851,4295,1800,1134,1275")
                .contains("sections 2 True False").contains("pagefield True");
    }

    /** LibreOffice lays the appendix out in its five columns: far fewer pages than one a column, and the legends intact. */
    private void convertedByLibreOffice(String name, byte[] docx, String... expected) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed here; CI installs it and runs this check");
        Path file = directory.resolve(name + "-lo.docx");
        Files.write(file, docx);
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + directory.resolve("lo"),
                "--convert-to", "pdf", "--outdir", directory.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path pdf = directory.resolve(name + "-lo.pdf");
        assertThat(pdf).exists();
        keep(name + "-libreoffice.pdf", Files.readAllBytes(pdf));
        try (PDDocument converted = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(converted).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains(expected);
            // 166 rows in five columns of fixed widths fit on about eight pages; equal columns took ten for the appendix alone.
            assertThat(converted.getNumberOfPages()).isLessThanOrEqualTo(12);
            assertThat(firstLine(converted, 1)).as("no number on the first page").doesNotMatch("\\d+");
            int appendixStart = pageContaining(converted, "THỐNG KÊ SỐ LIỆU");
            assertThat(firstLine(converted, appendixStart)).isEqualTo("1");
            assertThat(firstLine(converted, appendixStart + 1)).isEqualTo("2");
        }
    }

    private byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    static void keep(String name, byte[] content) throws Exception {
        String samples = System.getProperty("motcua.samples");
        if (samples != null && !samples.isBlank()) {
            Files.createDirectories(Path.of(samples));
            Files.write(Path.of(samples, name), content);
        }
    }
}
