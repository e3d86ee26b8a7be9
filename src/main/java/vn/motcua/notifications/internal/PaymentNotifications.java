package vn.motcua.notifications.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.notifications.NotificationChannel;
import vn.motcua.payments.PaymentReceived;
import vn.motcua.shared.VietnameseFormat;

/**
 * Tells the applicant their fee paid online was received, with the transaction and the receipt, inside
 * the transaction that records the payment (the listener runs synchronously).
 */
@Component
class PaymentNotifications {

    static final String EVENT = "payment.received";

    private final OutboxWriter writer;
    private final VietnameseFormat format;
    private final String publicUrl;

    PaymentNotifications(OutboxWriter writer, VietnameseFormat format, @Value("${motcua.public-url}") String publicUrl) {
        this.writer = writer;
        this.format = format;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void write(PaymentReceived received) {
        Map<String, String> values = new HashMap<>();
        values.put("maHoSo", received.dossierCode());
        values.put("nguoiNop", received.applicant().name());
        values.put("thuTuc", received.procedureName());
        values.put("coQuan", received.agencyName());
        values.put("soTien", format.number(received.amount()));
        values.put("maGiaoDich", received.transactionNo() == null ? "" : received.transactionNo());
        values.put("bienLai", received.receiptNumber());
        values.put("thoiGian", format.dateTime(received.paidAt()));
        values.put("traCuu", publicUrl + (received.submissionId() != null ? "/citizen/submissions/" + received.submissionId()
                : "/citizen/dossiers/" + received.dossierCode()) + "/payment");
        Map<NotificationChannel, String> recipients = new EnumMap<>(NotificationChannel.class);
        recipients.put(NotificationChannel.EMAIL, received.applicant().email());
        recipients.put(NotificationChannel.SMS, received.applicant().phone());
        writer.write(EVENT, received.dossierCode(), recipients, values);
    }
}
