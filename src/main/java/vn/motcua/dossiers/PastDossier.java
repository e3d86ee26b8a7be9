package vn.motcua.dossiers;

import java.time.Instant;
import java.util.List;

/**
 * Hồ sơ cũ: a dossier of the past handed over whole, as one line of the dossier import carries it
 * (API.md) and as a Java caller builds it directly. Its components are named as the line's fields, so
 * the record written as JSON is such a line. Nothing in it is trusted: {@link DossierImport} checks it
 * and the lifecycle rebuilds its history from these times.
 */
public record PastDossier(String code, String procedureCode, String agencyCode, Channel channel, Applicant applicant,
        Instant receivedAt, Instant dueAt, Instant completedAt, Instant returnedAt, ReturnChannel returnChannel,
        DossierStatus status, List<Apology> apologies, List<Publication> published, List<Payment> payments,
        List<Document> documents) {

    public PastDossier {
        apologies = apologies == null ? List.of() : List.copyOf(apologies);
        published = published == null ? List.of() : List.copyOf(published);
        payments = payments == null ? List.of() : List.copyOf(payments);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A dossier of the past whose documents, if any, were not handed over. */
    public PastDossier(String code, String procedureCode, String agencyCode, Channel channel, Applicant applicant,
            Instant receivedAt, Instant dueAt, Instant completedAt, Instant returnedAt, ReturnChannel returnChannel,
            DossierStatus status, List<Apology> apologies, List<Publication> published, List<Payment> payments) {
        this(code, procedureCode, agencyCode, channel, applicant, receivedAt, dueAt, completedAt, returnedAt, returnChannel, status,
                apologies, published, payments, List.of());
    }

    /** A dossier of the past whose fees, if any, were not recorded. */
    public PastDossier(String code, String procedureCode, String agencyCode, Channel channel, Applicant applicant,
            Instant receivedAt, Instant dueAt, Instant completedAt, Instant returnedAt, ReturnChannel returnChannel,
            DossierStatus status, List<Apology> apologies, List<Publication> published) {
        this(code, procedureCode, agencyCode, channel, applicant, receivedAt, dueAt, completedAt, returnedAt, returnChannel, status,
                apologies, published, List.of());
    }

    /** Phiếu xin lỗi và hẹn lại: when it was issued, the new appointment, and why. */
    public record Apology(Instant at, Instant newDueAt, String reason) {
    }

    /**
     * Thu phí, lệ phí: a fee paid, when, how much, how ({@code COUNTER}, or {@code ONLINE} when the payment
     * gateway confirmed it) and under which receipt or transaction number.
     */
    public record Payment(Instant at, Long amount, String method, String reference) {
    }

    /**
     * Thành phần hồ sơ, kết quả: what the old system knew of one of the dossier's documents — the
     * procedure's required document it answers (1-based, as the procedure version lists them; none for
     * a result), the file's name, whether it is a paper of the dossier or of its result, and whether it
     * is a scan (DIGITISED) or was electronic from the start (BORN_DIGITAL). A paper of the dossier joined
     * it at its receipt, a result's when it was completed. The files themselves stay in the old system:
     * each such document opens as one shared PDF saying so.
     */
    public record Document(Integer requirement, String fileName, DocumentKind kind, DocumentOrigin origin) {
    }

    /** Công khai kết quả: the result published on the province's portal or the unit's website, and when. */
    public record Publication(PublicationTarget on, Instant at) {
    }
}
