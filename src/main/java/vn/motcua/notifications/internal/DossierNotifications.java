package vn.motcua.notifications.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.DossierActed;
import vn.motcua.dossiers.DossierResultSigned;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.notifications.NotificationChannel;
import vn.motcua.portal.ResultDeliveryWishes;
import vn.motcua.shared.VietnameseFormat;

/**
 * Turns the dossier actions an applicant must hear about into outbox messages, inside the
 * action's own transaction (the listener runs synchronously).
 */
@Component
class DossierNotifications {

    private static final Map<ActionKind, String> EVENTS = Map.of(ActionKind.RECEIVE, "dossier.received",
            ActionKind.REQUEST_SUPPLEMENT, "dossier.supplement-requested", ActionKind.APOLOGIZE, "dossier.apologized",
            ActionKind.COMPLETE, "dossier.result-ready", ActionKind.RETURN_RESULT, "dossier.result-returned");

    private final OutboxWriter writer;
    private final ResultDeliveryWishes wishes;
    private final VietnameseFormat format;
    private final String publicUrl;

    DossierNotifications(OutboxWriter writer, VietnameseFormat format, @Value("${motcua.public-url}") String publicUrl,
            ResultDeliveryWishes wishes) {
        this.writer = writer;
        this.wishes = wishes;
        this.format = format;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void write(DossierActed acted) {
        String event = EVENTS.get(acted.action());
        if (event == null) {
            return;
        }
        if (acted.action() == ActionKind.COMPLETE) {
            event = resultReady(acted.code());
        }
        Map<String, String> values = new HashMap<>();
        values.put("maHoSo", acted.code());
        values.put("nguoiNop", acted.applicant().name());
        values.put("thuTuc", acted.procedureName());
        values.put("coQuan", acted.agencyName());
        values.put("hanTra", acted.dueAt() == null ? "" : format.dateTime(acted.dueAt()));
        values.put("lyDo", acted.reason() == null ? "" : acted.reason());
        values.put("traCuu", publicUrl + "/public/dossiers?code=" + acted.code());
        Map<NotificationChannel, String> recipients = new EnumMap<>(NotificationChannel.class);
        recipients.put(NotificationChannel.EMAIL, acted.applicant().email());
        recipients.put(NotificationChannel.SMS, acted.applicant().phone());
        writer.write(event, acted.code(), recipients, values);
    }

    /**
     * A result is ready: the applicant who asked online to receive it online, or by post, is not sent to
     * the desk; everyone else is asked to come with the receipt.
     */
    private String resultReady(String code) {
        return switch (wishes.of(code).orElse(ReturnChannel.DIRECT)) {
            case ONLINE -> "dossier.result-ready-online";
            case POSTAL -> "dossier.result-ready-postal";
            case DIRECT -> "dossier.result-ready";
        };
    }

    /** Kết quả đã ký số: the applicant may download the signed result. */
    @EventListener
    void write(DossierResultSigned signed) {
        Map<String, String> values = new HashMap<>();
        values.put("maHoSo", signed.code());
        values.put("nguoiNop", signed.applicant().name());
        values.put("thuTuc", signed.procedureName());
        values.put("coQuan", signed.agencyName());
        values.put("giayTo", signed.fileName());
        values.put("traCuu", publicUrl + "/public/dossiers?code=" + signed.code());
        Map<NotificationChannel, String> recipients = new EnumMap<>(NotificationChannel.class);
        recipients.put(NotificationChannel.EMAIL, signed.applicant().email());
        recipients.put(NotificationChannel.SMS, signed.applicant().phone());
        writer.write("dossier.result-signed", signed.code(), recipients, values);
    }
}
