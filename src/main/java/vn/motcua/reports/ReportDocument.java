package vn.motcua.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Văn bản báo cáo: who issues it (cơ quan ban hành), its number and symbol (Số: …/BC-UBND), place
 * and date, title, addressee (Kính gửi), the sections of the body, the signature block and the
 * recipients (Nơi nhận). A section's body may hold figure placeholders such as {3.3.1} and
 * footnotes written [^Kế hoạch 268/KH-UBND ngày 29/12/2023 …].
 */
public record ReportDocument(String template, String period, String unitCode, String authority, String number, String place,
        LocalDate issuedOn, String title, String addressee, List<Section> sections, String signatureRole, String signer,
        String recipients, int version, boolean saved) {

    /** One section of the body: its heading (I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH) and its text, paragraphs separated by blank lines. */
    public record Section(String heading, String body) {
    }
}
