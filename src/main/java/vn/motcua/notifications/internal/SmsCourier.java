package vn.motcua.notifications.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.notifications.NotificationChannel;

/**
 * SMS through an HTTP gateway (motcua.notifications.sms.url): a POST of
 * {@code {"to", "text", "sender"}} as JSON, with a bearer token when one is set; any 2xx means the
 * gateway took the message.
 */
@Component
class SmsCourier implements Courier {

    private final String url;
    private final String token;
    private final String senderName;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SmsCourier(@Value("${motcua.notifications.sms.url:}") String url, @Value("${motcua.notifications.sms.token:}") String token,
            @Value("${motcua.notifications.sms.sender:MOTCUA}") String senderName, JsonMapper json) {
        this.json = json;
        this.url = url;
        this.token = token;
        this.senderName = senderName;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public boolean configured() {
        return !url.isBlank();
    }

    @Override
    public void deliver(String recipient, String subject, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("to", recipient, "text", body,
                        "sender", senderName))));
        if (!token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new IllegalStateException("SMS gateway answered " + response.statusCode() + ": "
                    + answer.substring(0, Math.min(200, answer.length())));
        }
    }
}
