package vn.motcua.feedback;

import java.time.Instant;

/** A petition as its sender and the public see it: no contact details. The answer shows once given (to the public once published),
 * with its version: above 1, it was changed after it was first given. */
public record PublicPetition(String code, String unitName, String subject, String content, PetitionStatus status,
        Instant receivedAt, Instant dueAt, String answer, Instant answeredAt, int answerVersion) {
}
