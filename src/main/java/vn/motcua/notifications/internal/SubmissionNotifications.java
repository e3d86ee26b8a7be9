package vn.motcua.notifications.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.notifications.NotificationChannel;
import vn.motcua.portal.SubmissionActed;
import vn.motcua.portal.SubmissionStatus;

/**
 * Tells the citizen what the desk did with an online submission: that it reached the agency, that it
 * must be completed (why, which papers), that it was refused (why). Its receipt is told by the
 * dossier it becomes, as any dossier's.
 */
@Component
class SubmissionNotifications {

    private static final Map<SubmissionStatus, String> EVENTS = Map.of(SubmissionStatus.SUBMITTED, "submission.submitted",
            SubmissionStatus.COMPLETION_REQUESTED, "submission.completion-requested", SubmissionStatus.REFUSED, "submission.refused");

    private final OutboxWriter writer;
    private final String publicUrl;

    SubmissionNotifications(OutboxWriter writer, @Value("${motcua.public-url}") String publicUrl) {
        this.writer = writer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void write(SubmissionActed acted) {
        String event = EVENTS.get(acted.status());
        if (event == null) {
            return;
        }
        String reference = "TT-" + acted.submissionId();
        Map<String, String> values = new HashMap<>();
        values.put("maHoSo", reference);
        values.put("nguoiNop", acted.applicant().name());
        values.put("thuTuc", acted.procedureName());
        values.put("coQuan", acted.agencyName());
        values.put("hanTra", "");
        values.put("lyDo", acted.reason() == null ? "" : acted.reason());
        values.put("giayTo", String.join("; ", acted.items()));
        values.put("traCuu", publicUrl + "/citizen/submissions/" + acted.submissionId());
        Map<NotificationChannel, String> recipients = new EnumMap<>(NotificationChannel.class);
        recipients.put(NotificationChannel.EMAIL, acted.applicant().email());
        recipients.put(NotificationChannel.SMS, acted.applicant().phone());
        writer.write(event, reference, recipients, values);
    }
}
