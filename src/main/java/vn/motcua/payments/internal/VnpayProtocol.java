package vn.motcua.payments.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNPAY's payment protocol, version 2.1.0, as its public integration guide describes it
 * (sandbox.vnpayment.vn/apis/docs): the payment request is a redirect whose query carries the vnp_
 * fields and {@code vnp_SecureHash}, the HMAC-SHA512 with the merchant's secret of the fields sorted by
 * name, each value URL-encoded, joined as a query; the gateway signs its notification (IPN) and the
 * browser's return the same way. Amounts travel ×100, times as yyyyMMddHHmmss in GMT+7.
 */
public final class VnpayProtocol {

    public static final String VERSION = "2.1.0";
    public static final ZoneId GATEWAY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final String HASH = "vnp_SecureHash";
    static final String HASH_TYPE = "vnp_SecureHashType";

    private VnpayProtocol() {
    }

    /** A payment request's fields: what to pay, for which order, until when, and where the browser comes back. */
    public static Map<String, String> payment(String merchantCode, long amount, String reference, String orderInfo, String returnUrl,
            String clientIp, Instant created, Instant expires) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Version", VERSION);
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", merchantCode);
        fields.put("vnp_Amount", String.valueOf(amount * 100));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", reference);
        fields.put("vnp_OrderInfo", orderInfo);
        fields.put("vnp_OrderType", "other");
        fields.put("vnp_Locale", "vn");
        fields.put("vnp_ReturnUrl", returnUrl);
        fields.put("vnp_IpAddr", clientIp);
        fields.put("vnp_CreateDate", time(created));
        fields.put("vnp_ExpireDate", time(expires));
        return fields;
    }

    /** The gateway's address with the fields and their signature as its query. */
    public static String redirect(String gatewayUrl, Map<String, String> fields, String secret) {
        return gatewayUrl + (gatewayUrl.contains("?") ? "&" : "?") + signedQuery(fields, secret);
    }

    /** The fields as a query, with their signature last: what the gateway sends and what the merchant sends. */
    public static String signedQuery(Map<String, String> fields, String secret) {
        String data = hashData(fields);
        return data + "&" + HASH + "=" + sign(data, secret);
    }

    /** Whether the fields (a notification's or a return's query) carry the signature the secret makes of them. */
    public static boolean verified(Map<String, String> fields, String secret) {
        String given = fields.get(HASH);
        if (given == null || given.isBlank()) {
            return false;
        }
        String expected = sign(hashData(fields), secret);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The vnp_ fields but the signature's own, sorted by name, each value URL-encoded, joined as a query. */
    static String hashData(Map<String, String> fields) {
        SortedMap<String, String> sorted = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("vnp_") && !name.equals(HASH) && !name.equals(HASH_TYPE) && value != null && !value.isEmpty()) {
                sorted.put(name, value);
            }
        });
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.US_ASCII))
                .collect(Collectors.joining("&"));
    }

    public static String sign(String data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA512 is part of every Java runtime", e);
        }
    }

    public static String time(Instant at) {
        return TIME.format(at.atZone(GATEWAY_ZONE));
    }

    /** A gateway time (vnp_PayDate), if it is one. */
    public static Optional<Instant> instant(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, TIME).atZone(GATEWAY_ZONE).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
