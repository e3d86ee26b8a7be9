package vn.motcua.payments;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;


/**
 * A VNPAY payment gateway for the tests, started inside the test as GreenMail is for SMTP: it takes the
 * signed payment redirect at /paymentv2/vpcpay.html, checks its signature with the merchant's secret,
 * has the customer pay, signs the outcome as VNPAY does (HMAC-SHA512 of the sorted, URL-encoded vnp_
 * fields) and sends it both ways — the server-to-server notification (IPN, a GET to the merchant's IPN
 * address) and the browser's redirect to vnp_ReturnUrl. It can also send the IPN after the browser
 * returns, send a tampered or any other notification, or hold the customer's request and never answer.
 */
final class VnpaySimulator implements AutoCloseable {

    /** What the gateway does with a payment request. */
    enum Mode {
        /** The customer pays; the IPN goes first, then the browser is sent back. */
        NOTIFY_THEN_RETURN,
        /** The customer pays; the browser is sent back and the IPN waits for {@link #sendPendingNotification()}. */
        RETURN_ONLY,
        /** The gateway takes the request and never answers: no page, no redirect, no notification. */
        SILENT
    }

    /** The merchant's IPN's answer, as the gateway reads it. */
    record IpnAnswer(int status, String body) {
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String merchantCode;
    private final String secret;
    private final String ipnUrl;
    private final AtomicLong transactions = new AtomicLong(14_831_393);
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<IpnAnswer> ipnAnswers = new ArrayList<>();
    private volatile Mode mode = Mode.NOTIFY_THEN_RETURN;
    private volatile Map<String, String> lastNotification;
    private volatile Map<String, String> lastRequest;

    VnpaySimulator(String merchantCode, String secret, String ipnUrl) throws IOException {
        this.merchantCode = merchantCode;
        this.secret = secret;
        this.ipnUrl = ipnUrl;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/paymentv2/vpcpay.html", this::payment);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String paymentUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/paymentv2/vpcpay.html";
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    Map<String, String> lastRequest() {
        return lastRequest;
    }

    /** The signed notification last made for a payment. */
    Map<String, String> lastNotification() {
        return new LinkedHashMap<>(lastNotification);
    }

    synchronized List<IpnAnswer> ipnAnswers() {
        return List.copyOf(ipnAnswers);
    }

    private void payment(HttpExchange exchange) throws IOException {
        Map<String, String> request = query(exchange.getRequestURI().getRawQuery());
        lastRequest = request;
        if (mode == Mode.SILENT) {
            try {
                // Hold the connection until the test ends: the customer's browser waits for a page that never comes.
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (!merchantCode.equals(request.get("vnp_TmnCode")) || !verified(request)) {
            // VNPAY shows its error page (code 70: sai chữ ký) and sends nothing to the merchant.
            byte[] page = "Giao dịch không hợp lệ: sai chữ ký (70)".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
            return;
        }
        Map<String, String> outcome = new LinkedHashMap<>();
        outcome.put("vnp_Amount", request.get("vnp_Amount"));
        outcome.put("vnp_BankCode", "NCB");
        outcome.put("vnp_BankTranNo", "VNP" + transactions.get());
        outcome.put("vnp_CardType", "ATM");
        outcome.put("vnp_OrderInfo", request.get("vnp_OrderInfo"));
        outcome.put("vnp_PayDate", PAY_DATE.format(Instant.now().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        outcome.put("vnp_ResponseCode", "00");
        outcome.put("vnp_TmnCode", merchantCode);
        outcome.put("vnp_TransactionNo", String.valueOf(transactions.incrementAndGet()));
        outcome.put("vnp_TransactionStatus", "00");
        outcome.put("vnp_TxnRef", request.get("vnp_TxnRef"));
        String signed = signedQuery(outcome);
        lastNotification = query(signed);
        if (mode == Mode.NOTIFY_THEN_RETURN) {
            notifyMerchant(lastNotification);
        }
        exchange.getResponseHeaders().add("Location", request.get("vnp_ReturnUrl") + "?" + signed);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** The IPN of the last payment, sent now (after the browser came back). */
    IpnAnswer sendPendingNotification() {
        return notifyMerchant(lastNotification);
    }

    /** Any notification, signed or not, as the fields say: a repeat, a tampered one, a forged one. */
    IpnAnswer notifyMerchant(Map<String, String> fields) {
        StringBuilder query = new StringBuilder();
        fields.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.US_ASCII)));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ipnUrl + "?" + query))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            IpnAnswer answer = new IpnAnswer(response.statusCode(), response.body());
            synchronized (this) {
                ipnAnswers.add(answer);
            }
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The fields signed with this gateway's secret, as a real notification would be. */
    String sign(Map<String, String> fields) {
        return query(signedQuery(fields)).get("vnp_SecureHash");
    }

    /*
     * The gateway's signing, written here from VNPAY's guide rather than taken from the application, so
     * that a mistake in one is not repeated in the other: the vnp_ fields but the hash, sorted by name,
     * name=URL-encoded value joined by &, HMAC-SHA512 with the secret, in lower-case hex.
     */
    private static final DateTimeFormatter PAY_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private String hashData(Map<String, String> fields) {
        StringBuilder data = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (name.startsWith("vnp_") && !name.equals("vnp_SecureHash") && !name.equals("vnp_SecureHashType") && !value.isEmpty()) {
                data.append(data.length() == 0 ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.US_ASCII));
            }
        });
        return data.toString();
    }

    private String hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signedQuery(Map<String, String> fields) {
        String data = hashData(fields);
        return data + "&vnp_SecureHash=" + hmac(data);
    }

    private boolean verified(Map<String, String> fields) {
        return hmac(hashData(fields)).equalsIgnoreCase(fields.getOrDefault("vnp_SecureHash", ""));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
