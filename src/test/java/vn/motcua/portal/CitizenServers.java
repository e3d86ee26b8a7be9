package vn.motcua.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The servers a citizen's sign-up talks to, started once for the test run: a mail server whose
 * received messages the tests read, and the identity provider. MotCua is pointed at them before it starts.
 */
final class CitizenServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static GreenMail smtp;
    private static String issuer;

    /** The identity provider's issuer, started on first use and left running for the test run. */
    static synchronized String issuer() {
        if (issuer == null) {
            int port = freePort();
            IdentityProviderForTests.start(port);
            issuer = "http://localhost:" + port;
        }
        return issuer;
    }

    static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtp().getSmtp().getPort());
        properties.put("motcua.oidc.issuer-url", issuer());
        properties.put("motcua.oidc.client-id", IdentityProviderForTests.CLIENT_ID);
        properties.put("motcua.oidc.client-secret", IdentityProviderForTests.CLIENT_SECRET);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("citizen-servers", properties));
    }

    /** The confirmation code of the latest mail to the address, waiting for it to arrive (the outbox sends after commit). */
    static String codeMailedTo(String email, int mailsBefore) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                MimeMessage[] received = smtp().getReceivedMessagesForDomain(email);
                if (received.length > mailsBefore) {
                    MimeMessage latest = received[received.length - 1];
                    Matcher code = CODE.matcher(latest.getContent().toString());
                    if (!latest.getSubject().startsWith("Mã xác nhận tài khoản dịch vụ công") || !code.find()) {
                        throw new AssertionError("Not a confirmation code: " + latest.getSubject());
                    }
                    return code.group(1);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("No confirmation code mailed to " + email);
    }

    static int mailsTo(String email) {
        return smtp().getReceivedMessagesForDomain(email).length;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
