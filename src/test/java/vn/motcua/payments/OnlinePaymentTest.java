package vn.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.SampleFiles;
import vn.motcua.TestBrowser;
import vn.motcua.portal.Citizens;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.PublicRegister;

/**
 * A citizen pays a dossier's fee online through a VNPAY gateway simulator started in the test: only the
 * gateway's verified notification marks it paid — on the dossier, its receipt, the citizen's notice and
 * the payment measures — whatever the browser's return says, however often the notification comes, and
 * not at all when it is forged, tampered with, for another amount, or never sent.
 */
@DemoSystemTest
class OnlinePaymentTest {

    /** Cấp Giấy xác nhận tình trạng hôn nhân: fully online at commune level, 5.000 đồng, paid online. */
    static final String MARITAL_STATUS = "1.004873";
    static final String THO_XUAN = "000.00.71.H56";
    static final String FORM = """
            {"ho_ten":"TRẦN VĂN BÌNH","ngay_sinh":"12/05/1995","gioi_tinh":"Nam","noi_cu_tru":"Thôn Đông, xã Thọ Xuân",
             "tinh_trang":"Chưa kết hôn với ai","muc_dich":"Để đăng ký kết hôn","so_ban":1}""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentMeasures measures;

    @Autowired
    PublicRegister register;

    ApiClient api;
    Citizens citizens;
    VnpaySimulator gateway;
    String secret;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        citizens = new Citizens(context);
        secret = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        gateway = new VnpaySimulator("MOTCUA38", secret, "http://localhost:" + port + "/api/v1/public/payments/vnpay/ipn");
        ApiClient.Answer configured = api.send("PUT", "/api/v1/payments/merchants/38", "application/json", """
                {"merchantCode":"MOTCUA38","secret":"%s","gatewayUrl":"%s","returnUrl":"http://localhost:%d/citizen/payments/vnpay-return"}"""
                .formatted(secret, gateway.paymentUrl(), port), "admin", "demo");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        assertThat(configured.body()).doesNotContain(secret);
        assertThat(configured.json().get("secretSet").asBoolean()).isTrue();
    }

    @AfterEach
    void tearDown() {
        gateway.close();
    }

    /** A citizen's dossier received from an online submission of a procedure charging 5.000 đồng; its code. */
    String dossierWithFee(String citizen) {
        return receive(submitted(citizen));
    }

    /** A citizen's online submission of a procedure charging 5.000 đồng, waiting at the commune's desk; its id. */
    long submitted(String citizen) {
        long id = api.post("/api/v1/citizen/submissions", "{\"procedureCode\":\"" + MARITAL_STATUS + "\",\"agencyCode\":\"" + THO_XUAN
                + "\",\"form\":" + FORM + "}", citizen, "demo").json().get("id").asLong();
        ApiClient.Answer attached = api.upload("/api/v1/citizen/submissions/" + id + "/documents", Map.of("requirement", "1"), "file",
                "to-khai.pdf", SampleFiles.pdf(), citizen, "demo");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        ApiClient.Answer submitted = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** The desk receives the submission; the dossier's code. */
    String receive(long id) {
        ApiClient.Answer received = api.post("/api/v1/submissions/" + id + "/receive", "", "clerk", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("code").asText();
    }

    /** The gateway address the citizen's browser is sent to. */
    String startPayment(String citizen, String code) {
        ApiClient.Answer started = api.post("/api/v1/citizen/dossiers/" + code + "/payments", "", citizen, "demo");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().get("redirectUrl").asText();
    }

    /** The citizen's browser at the gateway: the query of the return address it is sent back to. */
    static String browserAtGateway(String redirectUrl) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirectUrl))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://localhost:");
        return location.substring(location.indexOf('?') + 1);
    }

    JsonNode returned(String citizen, String query) {
        ApiClient.Answer answer = api.get("/api/v1/citizen/payments/vnpay-return?" + query, citizen, "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    long paid(String code) {
        return api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("paid").asLong();
    }

    JsonNode submissionStatement(String citizen, long id) {
        ApiClient.Answer answer = api.get("/api/v1/citizen/submissions/" + id + "/payments", citizen, "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Whether the desk's list shows the submission paid online. */
    boolean paidAtTheDesk(long id) {
        JsonNode waiting = api.get("/api/v1/submissions?agencyCode=" + THO_XUAN, "clerk", "demo").json();
        for (JsonNode item : waiting) {
            if (item.get("id").asLong() == id) {
                return item.get("paidOnline").asBoolean();
            }
        }
        throw new AssertionError("submission " + id + " is not in the desk's list");
    }

    String startSubmissionPayment(String citizen, long id) {
        ApiClient.Answer started = api.post("/api/v1/citizen/submissions/" + id + "/payments", "", citizen, "demo");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().get("redirectUrl").asText();
    }

    JsonNode statement(String citizen, String code) {
        return api.get("/api/v1/citizen/dossiers/" + code + "/payments", citizen, "demo").json();
    }

    List<String> paidOnlineToday(String code) {
        long unit = register.agency(THO_XUAN).orElseThrow().unitId();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return SystemActor.call(() -> measures.window(unit, today, today.plusDays(1)).records(PaymentMeasures.PAID_ONLINE, Map.of()))
                .stream().filter(code::equals).toList();
    }

    /** Biểu 06 of the commune for today: the dossiers whose fee was paid online. */
    long paidOnlineInForm06() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        ApiClient.Answer form = api.get("/api/v1/statistics/procedures?unitCode=" + register.agency(THO_XUAN).orElseThrow().unitCode()
                + "&from=" + today + "&to=" + today, "admin", "demo");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        return form.json().get("total").get("paidOnline").asLong();
    }

    @Test
    void aSubmissionOffersNoOnlinePaymentWhileItsProvinceHasNoGateway() throws Exception {
        String citizen = citizens.create("Phan Thị Gấm", true);
        long id = submitted(citizen);
        TestBrowser browser = new TestBrowser(port);
        browser.signIn(citizen, "demo");
        assertThat(browser.open("/citizen/submissions/" + id).body()).contains("Nộp phí trực tuyến</button>");
        // An installation whose province has not configured its gateway yet: the button would lead to a refusal.
        jdbc.sql("delete from payments_merchant where province_code = '38'").update();
        try {
            assertThat(browser.open("/citizen/submissions/" + id).body()).doesNotContain("Nộp phí trực tuyến</button>")
                    .contains("Phí, lệ phí");
        } finally {
            gateway.close();
            setUp();
        }
    }

    @Test
    void theGatewaysVerifiedNotificationMarksTheDossierPaidWithAReceiptANoticeAndTheFigure() throws Exception {
        String citizen = citizens.create("Trần Văn Bình", true);
        String code = dossierWithFee(citizen);
        long form06Before = paidOnlineInForm06();
        JsonNode before = statement(citizen, code);
        assertThat(before.get("fee").get("due").asLong()).isEqualTo(5000);
        assertThat(before.get("payable").asBoolean()).isTrue();
        long withFee = SystemActor.call(() -> measures.window(register.agency(THO_XUAN).orElseThrow().unitId(),
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1))
                .records(PaymentMeasures.WITH_FEE, Map.of())).stream().filter(code::equals).count();
        assertThat(withFee).isEqualTo(1);

        String redirect = startPayment(citizen, code);
        // The request VNPAY documents: version 2.1.0, pay, the amount ×100, times in GMT+7, signed.
        assertThat(redirect).startsWith(gateway.paymentUrl()).contains("vnp_Version=2.1.0", "vnp_Command=pay", "vnp_TmnCode=MOTCUA38",
                "vnp_Amount=500000", "vnp_CurrCode=VND", "vnp_SecureHash=");
        String back = browserAtGateway(redirect);
        assertThat(gateway.ipnAnswers()).extracting(VnpaySimulator.IpnAnswer::body)
                .containsExactly("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");

        // The notification came before the browser: the return shows it paid.
        assertThat(returned(citizen, back).get("outcome").asText()).isEqualTo("PAID");
        assertThat(paid(code)).isEqualTo(5000);
        JsonNode history = api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history");
        assertThat(history).anySatisfy(a -> assertThat(a.get("action").asText() + " " + a.get("data").get("method"))
                .isEqualTo("RECORD_PAYMENT \"ONLINE\""));
        JsonNode order = statement(citizen, code).get("orders").get(0);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        String transactionNo = order.get("transactionNo").asText();
        assertThat(transactionNo).isEqualTo(gateway.lastNotification().get("vnp_TransactionNo"));
        assertThat(statement(citizen, code).get("payable").asBoolean()).isFalse();

        // The electronic receipt: the citizen and the desk download the same PDF.
        String reference = order.get("reference").asText();
        ApiClient.Download receipt = api.download("/api/v1/citizen/dossiers/" + code + "/payments/" + reference + "/receipt", citizen, "demo");
        assertThat(receipt.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "5.000 đồng", "Năm nghìn đồng", transactionNo, "Trần Văn Bình",
                    "Cấp Giấy xác nhận tình trạng hôn nhân", code);
        }
        assertThat(api.download("/api/v1/dossiers/" + code + "/payments/" + reference + "/receipt", "clerk", "demo").body())
                .isEqualTo(receipt.body());
        String stranger = citizens.create("Lê Văn Khác", true);
        assertThat(api.download("/api/v1/citizen/dossiers/" + code + "/payments/" + reference + "/receipt", stranger, "demo").status())
                .isEqualTo(404);

        // The citizen is told, by e-mail and SMS, through the outbox.
        assertThat(api.get("/api/v1/notifications/messages?reference=" + code, "admin", "demo").json())
                .extracting(m -> m.get("event").asText() + " " + m.get("channel").asText())
                .contains("payment.received EMAIL", "payment.received SMS");
        assertThat(paidOnlineToday(code)).hasSize(1);
        assertThat(paidOnlineInForm06()).isEqualTo(form06Before + 1);
    }

    @Test
    void whenTheBrowserComesBackFirstThePageWaitsForTheNotification() throws Exception {
        String citizen = citizens.create("Đỗ Thị Lan", true);
        String code = dossierWithFee(citizen);
        gateway.mode(VnpaySimulator.Mode.RETURN_ONLY);
        String back = browserAtGateway(startPayment(citizen, code));

        assertThat(returned(citizen, back).get("outcome").asText()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(paid(code)).isZero();
        assertThat(statement(citizen, code).get("orders").get(0).get("status").asText()).isEqualTo("PENDING");

        assertThat(gateway.sendPendingNotification().body()).contains("\"RspCode\":\"00\"");
        assertThat(returned(citizen, back).get("outcome").asText()).isEqualTo("PAID");
        assertThat(paid(code)).isEqualTo(5000);
    }

    /**
     * A dossier of a unit that has ended is kept for reference: its fee page offers no online payment and says why, and an
     * order for it is refused, naming the unit's end and its successor — no order is left for the gateway.
     */
    @Test
    void aDossierOfAUnitThatHasEndedTakesNoOnlinePayment() throws Exception {
        String citizen = citizens.create("Hà Văn Cũ", true);
        String code = dossierWithFee(citizen);
        // As if it had been received by the People's Committee of Huyện Thọ Xuân, which ended on 30/06/2025.
        jdbc.sql("""
                update dossiers_dossier d set agency_id = a.id, unit_id = a.unit_id from units_agency a
                where a.code = '000.00.14.H56' and d.code = ?""").param(code).update();
        JsonNode statement = statement(citizen, code);
        assertThat(statement.path("agencyEnded").asBoolean()).as(statement.toString()).isTrue();
        assertThat(statement.get("payable").asBoolean()).isFalse();
        ApiClient.Answer refused = api.post("/api/v1/citizen/dossiers/" + code + "/payments", "", citizen, "demo");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("UBND huyện Thọ Xuân", "01/07/2025", "Tỉnh Thanh Hóa", "chỉ còn để tra cứu");
        assertThat(jdbc.sql("select count(*) from payments_fee_order where dossier_code = ?").param(code).query(Long.class).single())
                .isZero();
        TestBrowser browser = new TestBrowser(port);
        browser.signIn(citizen, "demo");
        String page = browser.open("/citizen/dossiers/" + code + "/payment").body();
        assertThat(page).contains("id=\"agency-ended\"", "không nộp phí trực tuyến").doesNotContain("/payment\" class=\"mb-3\"");
    }

    @Test
    void aTamperedOrForgedNotificationIsRefusedAndNothingIsPaid() throws Exception {
        String citizen = citizens.create("Hoàng Văn Tú", true);
        String code = dossierWithFee(citizen);
        gateway.mode(VnpaySimulator.Mode.RETURN_ONLY);
        String back = browserAtGateway(startPayment(citizen, code));

        Map<String, String> tampered = gateway.lastNotification();
        tampered.put("vnp_TransactionNo", "99999999");
        assertThat(gateway.notifyMerchant(tampered).body()).isEqualTo("{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}");
        Map<String, String> forged = gateway.lastNotification();
        forged.remove("vnp_SecureHash");
        forged.put("vnp_SecureHash", "ab".repeat(64));
        assertThat(gateway.notifyMerchant(forged).body()).contains("\"RspCode\":\"97\"");
        Map<String, String> unknownOrder = new LinkedHashMap<>(gateway.lastNotification());
        unknownOrder.put("vnp_TxnRef", "MC20991231999999");
        unknownOrder.put("vnp_SecureHash", gateway.sign(unknownOrder));
        assertThat(gateway.notifyMerchant(unknownOrder).body()).isEqualTo("{\"RspCode\":\"01\",\"Message\":\"Order not found\"}");
        // A return whose query was altered is not the gateway's either.
        assertThat(returned(citizen, back.replace("vnp_ResponseCode=00", "vnp_ResponseCode=24")).get("outcome").asText())
                .isEqualTo("INVALID");

        assertThat(paid(code)).isZero();
        assertThat(statement(citizen, code).get("orders").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(paidOnlineToday(code)).isEmpty();
    }

    @Test
    void aNotificationForAnotherAmountIsRefused() throws Exception {
        String citizen = citizens.create("Ngô Thị Hà", true);
        String code = dossierWithFee(citizen);
        gateway.mode(VnpaySimulator.Mode.RETURN_ONLY);
        browserAtGateway(startPayment(citizen, code));

        Map<String, String> cheaper = gateway.lastNotification();
        cheaper.put("vnp_Amount", "100000");
        cheaper.put("vnp_SecureHash", gateway.sign(cheaper));
        assertThat(gateway.notifyMerchant(cheaper).body()).isEqualTo("{\"RspCode\":\"04\",\"Message\":\"invalid amount\"}");
        assertThat(paid(code)).isZero();
        assertThat(statement(citizen, code).get("orders").get(0).get("status").asText()).isEqualTo("PENDING");
        String reference = statement(citizen, code).get("orders").get(0).get("reference").asText();
        assertThat(api.get("/api/v1/audit?entityType=fee-order&size=200", "admin", "demo").json())
                .anySatisfy(e -> assertThat(e.toString()).contains(reference, "invalid amount"));
    }

    @Test
    void aRepeatedNotificationIsAnsweredAlreadyConfirmedAndPaysOnce() throws Exception {
        String citizen = citizens.create("Phan Văn Đức", true);
        String code = dossierWithFee(citizen);
        browserAtGateway(startPayment(citizen, code));
        Map<String, String> notification = gateway.lastNotification();

        assertThat(gateway.notifyMerchant(notification).body()).isEqualTo("{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}");
        assertThat(gateway.notifyMerchant(notification).body()).contains("\"RspCode\":\"02\"");
        assertThat(paid(code)).isEqualTo(5000);
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history")).filteredOn(
                a -> a.get("action").asText().equals("RECORD_PAYMENT")).hasSize(1);
        assertThat(api.get("/api/v1/notifications/messages?reference=" + code, "admin", "demo").json())
                .filteredOn(m -> m.get("event").asText().equals("payment.received") && m.get("channel").asText().equals("EMAIL")).hasSize(1);
        assertThat(paidOnlineToday(code)).hasSize(1);
        // Paid in full: nothing more to pay online.
        ApiClient.Answer again = api.post("/api/v1/citizen/dossiers/" + code + "/payments", "", citizen, "demo");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("không còn khoản phí");
    }

    @Test
    void aGatewayThatNeverAnswersLeavesTheOrderPendingAndTheDossierUnpaid() throws Exception {
        String citizen = citizens.create("Vũ Văn Nam", true);
        String code = dossierWithFee(citizen);
        gateway.mode(VnpaySimulator.Mode.SILENT);
        String redirect = startPayment(citizen, code);

        // The browser waits for the gateway's page, which never comes; no notification either.
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirect))
                .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(gateway.ipnAnswers()).isEmpty();

        // Back on the dossier's fee page the citizen is told it waits for the gateway, and cannot pay twice meanwhile.
        JsonNode waiting = statement(citizen, code);
        assertThat(waiting.get("orders").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.get("pending").isNull()).isFalse();
        assertThat(waiting.get("payable").asBoolean()).isFalse();
        ApiClient.Answer twice = api.post("/api/v1/citizen/dossiers/" + code + "/payments", "", citizen, "demo");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("chờ cổng thanh toán xác nhận");
        assertThat(paid(code)).isZero();
        assertThat(paidOnlineToday(code)).isEmpty();

        // Once the gateway's time for it has passed, the order is expired, unpaid, and the citizen may pay again.
        jdbc.sql("update payments_fee_order set expires_at = now() - interval '1 minute' where dossier_code = ?").param(code).update();
        JsonNode expired = statement(citizen, code);
        assertThat(expired.get("orders").get(0).get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("payable").asBoolean()).isTrue();
        assertThat(paid(code)).isZero();
        gateway.mode(VnpaySimulator.Mode.NOTIFY_THEN_RETURN);
        browserAtGateway(startPayment(citizen, code));
        assertThat(paid(code)).isEqualTo(5000);
    }

    @Test
    void theDeskCannotRecordAPaymentAsOnline() {
        String citizen = citizens.create("Mai Văn Sơn", true);
        String code = dossierWithFee(citizen);
        ApiClient.Answer refused = api.post("/api/v1/dossiers/" + code + "/actions",
                "{\"action\":\"RECORD_PAYMENT\",\"amount\":5000,\"method\":\"ONLINE\",\"reference\":\"123\"}", "clerk", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("chỉ do cổng thanh toán ghi nhận");
        assertThat(paid(code)).isZero();
        // A counter payment is recorded as before.
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"RECORD_PAYMENT\",\"amount\":5000,\"reference\":\"BL-01\"}",
                "clerk", "demo").status()).isEqualTo(200);
        assertThat(paid(code)).isEqualTo(5000);
        assertThat(paidOnlineToday(code)).isEmpty();
    }

    @Test
    void aSubmissionPaidOnlineBeforeTheDeskReceivesItIsAPaidDossierFromItsFirstMoment() throws Exception {
        String citizen = citizens.create("Lý Thị Hoa", true);
        long id = submitted(citizen);
        long form06Before = paidOnlineInForm06();
        JsonNode before = submissionStatement(citizen, id);
        assertThat(before.get("due").asLong()).isEqualTo(5000);
        assertThat(before.get("payable").asBoolean()).isTrue();
        assertThat(paidAtTheDesk(id)).isFalse();

        String redirect = startSubmissionPayment(citizen, id);
        assertThat(redirect).startsWith(gateway.paymentUrl()).contains("vnp_Amount=500000", "vnp_TmnCode=MOTCUA38");
        String back = browserAtGateway(redirect);
        assertThat(gateway.ipnAnswers()).extracting(VnpaySimulator.IpnAnswer::body)
                .containsExactly("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
        assertThat(returned(citizen, back).get("outcome").asText()).isEqualTo("PAID");

        JsonNode paidBefore = submissionStatement(citizen, id);
        assertThat(paidBefore.get("paid").asLong()).isEqualTo(5000);
        assertThat(paidBefore.get("payable").asBoolean()).isFalse();
        JsonNode order = paidBefore.get("orders").get(0);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        String reference = order.get("reference").asText();
        String transactionNo = order.get("transactionNo").asText();
        assertThat(transactionNo).isEqualTo(gateway.lastNotification().get("vnp_TransactionNo"));
        assertThat(paidAtTheDesk(id)).isTrue();

        // The receipt, from the submission's page, names the submission.
        ApiClient.Download receipt = api.download("/api/v1/citizen/submissions/" + id + "/payments/" + reference + "/receipt", citizen,
                "demo");
        assertThat(receipt.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "Năm nghìn đồng", transactionNo, "Lý Thị Hoa", "TT-" + id);
        }
        String stranger = citizens.create("Lê Văn Lạ", true);
        assertThat(api.download("/api/v1/citizen/submissions/" + id + "/payments/" + reference + "/receipt", stranger, "demo").status())
                .isEqualTo(404);
        TestBrowser browser = new TestBrowser(port);
        browser.signIn(citizen, "demo");
        assertThat(browser.open("/citizen/submissions/" + id).body()).contains("Đã nộp phí trực tuyến").doesNotContain("Nộp phí trực tuyến</button>");

        // Received: the dossier is paid, once, online, with the gateway's transaction; it counts as paid online.
        String code = receive(id);
        assertThat(paid(code)).isEqualTo(5000);
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history"))
                .filteredOn(a -> a.get("action").asText().equals("RECORD_PAYMENT")).singleElement()
                .satisfies(a -> assertThat(a.get("data").toString()).contains("\"ONLINE\"", transactionNo));
        JsonNode dossierFees = statement(citizen, code);
        assertThat(dossierFees.get("payable").asBoolean()).isFalse();
        assertThat(dossierFees.get("orders").get(0).get("reference").asText()).isEqualTo(reference);
        assertThat(api.download("/api/v1/dossiers/" + code + "/payments/" + reference + "/receipt", "clerk", "demo").body())
                .isEqualTo(receipt.body());
        assertThat(submissionStatement(citizen, id).get("dossierCode").asText()).isEqualTo(code);
        assertThat(paidOnlineToday(code)).hasSize(1);
        assertThat(paidOnlineInForm06()).isEqualTo(form06Before + 1);
    }

    @Test
    void aTamperedNotificationForASubmissionsOrderIsRefusedAndTheDossierPaidOnlyByTheGatewaysOwn() throws Exception {
        String citizen = citizens.create("Đinh Văn Toàn", true);
        long id = submitted(citizen);
        gateway.mode(VnpaySimulator.Mode.RETURN_ONLY);
        browserAtGateway(startSubmissionPayment(citizen, id));

        Map<String, String> tampered = gateway.lastNotification();
        tampered.put("vnp_TransactionNo", "99999999");
        assertThat(gateway.notifyMerchant(tampered).body()).isEqualTo("{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}");
        Map<String, String> cheaper = gateway.lastNotification();
        cheaper.put("vnp_Amount", "100000");
        cheaper.put("vnp_SecureHash", gateway.sign(cheaper));
        assertThat(gateway.notifyMerchant(cheaper).body()).isEqualTo("{\"RspCode\":\"04\",\"Message\":\"invalid amount\"}");
        assertThat(submissionStatement(citizen, id).get("orders").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(submissionStatement(citizen, id).get("paid").asLong()).isZero();
        assertThat(paidAtTheDesk(id)).isFalse();

        // Received while the order waits: the gateway's own notification, coming later, pays the dossier.
        String code = receive(id);
        assertThat(paid(code)).isZero();
        assertThat(gateway.sendPendingNotification().body()).contains("\"RspCode\":\"00\"");
        assertThat(paid(code)).isEqualTo(5000);
        assertThat(paidOnlineToday(code)).hasSize(1);
    }

    @Test
    void aSubmissionRefusedAfterItsFeeWasPaidTellsTheCitizenTheAgencyRefundsIt() throws Exception {
        String citizen = citizens.create("Cao Thị Yến", true);
        long id = submitted(citizen);
        browserAtGateway(startSubmissionPayment(citizen, id));
        assertThat(submissionStatement(citizen, id).get("paid").asLong()).isEqualTo(5000);

        ApiClient.Answer refused = api.post("/api/v1/submissions/" + id + "/refuse", "{\"reason\":\"Không thuộc thẩm quyền\"}", "clerk",
                "demo");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        JsonNode after = submissionStatement(citizen, id);
        assertThat(after.get("refundDue").asBoolean()).isTrue();
        assertThat(after.get("payable").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/citizen/submissions/" + id + "/payments", "", citizen, "demo").status()).isEqualTo(409);
        TestBrowser browser = new TestBrowser(port);
        browser.signIn(citizen, "demo");
        assertThat(browser.open("/citizen/submissions/" + id).body()).contains("sẽ được cơ quan tiếp nhận hoàn trả");
        assertThat(browser.open("/citizen/submissions/" + id + "/payment").body()).contains("sẽ được cơ quan tiếp nhận hoàn trả",
                "Đã thanh toán");
    }

    @Test
    void anAdministratorSetsTheProvincesMerchantOnItsPageAndNeverSeesTheSecretAgain() {
        TestBrowser clerk = new TestBrowser(port);
        clerk.signIn("clerk", "demo");
        assertThat(clerk.open("/admin/payments").status()).isEqualTo(403);

        TestBrowser admin = new TestBrowser(port);
        admin.signIn("admin", "demo");
        TestBrowser.Page page = admin.open("/admin/payments?province=38");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tài khoản thanh toán trực tuyến", "Tỉnh Thanh Hóa", "MOTCUA38", "đã cấu hình").doesNotContain(secret);

        // A merchant code the gateway would not take: named beside its field, nothing stored.
        TestBrowser.Page refused = admin.submit(page, "/admin/payments", Map.of("provinceCode", "38", "merchantCode", "MC-38",
                "secret", "", "gatewayUrl", gateway.paymentUrl(), "returnUrl", ""));
        assertThat(refused.body()).contains("Mã đơn vị chấp nhận thanh toán (TmnCode) chỉ gồm chữ và số", "is-invalid");
        assertThat(api.get("/api/v1/payments/merchants", "admin", "demo").json().get(0).get("merchantCode").asText())
                .isEqualTo("MOTCUA38");

        String newSecret = "NEWSECRET" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        TestBrowser.Page saved = admin.submit(page, "/admin/payments", Map.of("provinceCode", "38", "merchantCode", "THANHHOA1",
                "secret", newSecret, "gatewayUrl", gateway.paymentUrl(), "returnUrl", ""));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Đã lưu tài khoản thanh toán trực tuyến", "THANHHOA1", "đã cấu hình").doesNotContain(newSecret);
        JsonNode merchant = api.get("/api/v1/payments/merchants", "admin", "demo").json().get(0);
        assertThat(merchant.get("merchantCode").asText()).isEqualTo("THANHHOA1");
        assertThat(merchant.toString()).doesNotContain(newSecret);
        assertThat(api.get("/api/v1/audit?entityType=payment-merchant&size=200", "admin", "demo").body()).contains("THANHHOA1")
                .doesNotContain(newSecret);
    }
}
