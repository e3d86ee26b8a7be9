package vn.motcua.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Văn bản báo cáo: who issues it (cơ quan ban hành), its number and symbol (Số: …/BC-UBND), place
 * and date, title, addressee (Kính gửi), the sections of the body, the signature block and the
 * recipients (Nơi nhận). The signer (người ký) is a leader of the unit's People's Committee chosen from the
 * accounts: {@code signerAccount} is the account's sign-in name, {@code signer} and {@code signerAgency} the name
 * and the agency as they were when chosen, so the document still says who and where after a move; a document
 * saved before signers were chosen has a typed {@code signer} and no account. A section's body may hold figure placeholders such as {3.3.1} and
 * footnotes written [^Kế hoạch 268/KH-UBND ngày 29/12/2023 …]. The opening paragraph before section I
 * ("Thực hiện Kế hoạch số …, UBND huyện … báo cáo … như sau:") is the section headed {@link #OPENING},
 * edited like any other and printed without its heading.
 */
public record ReportDocument(String template, String period, String unitCode, String authority, String number, String place,
        LocalDate issuedOn, String title, String addressee, List<Section> sections, String signatureRole, String signer,
        String recipients, int version, boolean saved, String signerAccount, String signerAgency) {

    /**
     * A document whose signer is a name only: as typed before signers were chosen from the leaders' accounts, or not
     * chosen yet.
     */
    public ReportDocument(String template, String period, String unitCode, String authority, String number, String place,
            LocalDate issuedOn, String title, String addressee, List<Section> sections, String signatureRole, String signer,
            String recipients, int version, boolean saved) {
        this(template, period, unitCode, authority, number, place, issuedOn, title, addressee, sections, signatureRole, signer,
                recipients, version, saved, null, null);
    }

    /** The same document signed by this account, named and placed as it is today. */
    public ReportDocument signedBy(String account, String name, String agency) {
        return new ReportDocument(template, period, unitCode, authority, number, place, issuedOn, title, addressee, sections,
                signatureRole, name, recipients, version, saved, account, agency);
    }

    /** The heading of the opening paragraph, which the editor shows and the printed report leaves out. */
    public static final String OPENING = vn.motcua.reports.core.StandardOutline.OPENING;

    /** One section of the body: its heading (I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH) and its text, paragraphs separated by blank lines. */
    public record Section(String heading, String body) {

        /** Whether this is the opening paragraph, printed between "Kính gửi" and section I without a heading. */
        public boolean opening() {
            return heading != null && OPENING.equalsIgnoreCase(heading.strip());
        }
    }
}
