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
        DossierStatus status, List<Apology> apologies, List<Publication> published) {

    public PastDossier {
        apologies = apologies == null ? List.of() : List.copyOf(apologies);
        published = published == null ? List.of() : List.copyOf(published);
    }

    /** Phiếu xin lỗi và hẹn lại: when it was issued, the new appointment, and why. */
    public record Apology(Instant at, Instant newDueAt, String reason) {
    }

    /** Công khai kết quả: the result published on the province's portal or the unit's website, and when. */
    public record Publication(PublicationTarget on, Instant at) {
    }
}
