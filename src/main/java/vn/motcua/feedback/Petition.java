package vn.motcua.feedback;

import java.time.Instant;
import java.util.List;

/** A petition as staff see it, with the sender's contact details, the files and every version of its answer. */
public record Petition(long id, String code, PetitionChannel channel, PetitionAbout about, String unitCode, String unitName,
        String senderName, String senderPhone, String senderEmail, String senderAddress, String subject, String content,
        PetitionStatus status, String agencyCode, String agencyName, Instant dueAt, String answer, Instant answeredAt,
        String answeredBy, boolean published, Instant receivedAt, String recordedBy, List<FileInfo> files, int answerVersion,
        List<AnswerVersion> answers) {

    /** One version of the answer, kept for good; {@code reason} says why it replaced the one before. */
    public record AnswerVersion(int version, String answer, Instant answeredAt, String answeredBy, String reason) {
    }

    /** A stored file's name and size; its content is read on its own. */
    public record FileInfo(long id, String name, String contentType, int size) {
    }

    public boolean overdueAt(Instant now) {
        return (status == PetitionStatus.RECEIVED || status == PetitionStatus.ASSIGNED) && dueAt.isBefore(now);
    }
}
