package vn.motcua.notifications.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.motcua.notifications.NotificationChannel;

/** E-mail through the SMTP server of spring.mail.host; without one, e-mail is not configured. */
@Component
class EmailCourier implements Courier {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String host;

    EmailCourier(ObjectProvider<JavaMailSender> sender, @Value("${motcua.notifications.email.from}") String from,
            @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public boolean configured() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    @Override
    public void deliver(String recipient, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        sender.getObject().send(message);
    }
}
