package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.RealFormTokens;
import vn.motcua.TestBrowser;

/**
 * A person registers a citizen account, reads the code from the e-mail a real mail server received,
 * confirms, signs in and reads its profile; and everything that should stop a registration or a
 * confirmation does, with a message naming what is wrong.
 */
@CitizenSystemTest
class CitizenRegistrationTest {

    /** Each test registers people of its own, from an address of its own, so throttles and duplicates never cross tests. */
    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    CsrfTokenRepository formTokens;

    ApiClient api;

    @BeforeEach
    void setUp() {
        RealFormTokens.restore(context, formTokens);
        api = new ApiClient(port).from("10.18." + PEOPLE.incrementAndGet() % 250 + "." + PEOPLE.incrementAndGet() % 250);
    }

    /** Someone new: a citizen ID and an e-mail nobody has registered. */
    private record Person(String fullName, String idNumber, String phone, String email) {

        String json(String password) {
            return """
                    {"fullName":"%s","idNumber":"%s","phone":"%s","email":"%s","password":"%s"}"""
                    .formatted(fullName, idNumber, phone, email, password);
        }
    }

    private static Person someone() {
        int n = PEOPLE.incrementAndGet();
        return new Person("Phạm Văn Đức", "0381%08d".formatted(n), "0987 654 321", "duc" + n + "@thoxuan.example");
    }

    private Answer register(Person person) {
        return api.post("/api/v1/public/citizens", person.json("Song-Chu-2026"), null, null);
    }

    private Answer confirm(Person person, String code) {
        return api.post("/api/v1/public/citizens/confirm", "{\"email\":\"%s\",\"code\":\"%s\"}".formatted(person.email(), code), null, null);
    }

    private static String detail(Answer answer, String field) {
        for (JsonNode problem : answer.json().get("details")) {
            if (problem.get("field").asText().equals(field)) {
                return problem.get("message").asText();
            }
        }
        throw new AssertionError("No problem with " + field + " in " + answer.body());
    }

    @Test
    void aPersonRegistersConfirmsWithTheMailedCodeSignsInAndReadsItsProfile() {
        Person person = someone();
        Answer registered = register(person);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("username").asText()).isEqualTo(person.email());
        assertThat(registered.json().get("status").asText()).isEqualTo("UNCONFIRMED");
        String code = CitizenServers.codeMailedTo(person.email(), 0);
        assertThat(jdbc.sql("select code_hash from portal_confirmation_code c join accounts_account a on a.id = c.account_id"
                + " where a.username = ?").param(person.email()).query(String.class).single()).doesNotContain(code).startsWith("{bcrypt}");

        Answer unconfirmed = api.get("/api/v1/citizen/me", person.email(), "Song-Chu-2026");
        assertThat(unconfirmed.status()).isEqualTo(200);
        assertThat(unconfirmed.json().get("status").asText()).isEqualTo("UNCONFIRMED");

        Answer confirmed = confirm(person, code);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).isEqualTo("{\"status\":\"CONFIRMED\"}");

        Answer me = api.get("/api/v1/citizen/me", person.email(), "Song-Chu-2026");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("fullName").asText()).isEqualTo("Phạm Văn Đức");
        assertThat(me.json().get("idNumber").asText()).isEqualTo(person.idNumber());
        assertThat(me.json().get("phone").asText()).isEqualTo("0987654321");
        assertThat(me.json().get("email").asText()).isEqualTo(person.email());
        assertThat(me.json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(me.json().get("enterprise").isNull()).isTrue();
        assertThat(api.get("/api/v1/dossiers", person.email(), "Song-Chu-2026").status()).isEqualTo(403);

        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by id").param(person.email()).query(String.class)
                .list()).containsExactly("citizen.registered", "citizen.confirmed");
        assertThat(jdbc.sql("select count(*) from portal_confirmation_code c join accounts_account a on a.id = c.account_id"
                + " where a.username = ?").param(person.email()).query(Long.class).single()).as("a used code is gone").isZero();
    }

    @Test
    void aCitizenIdOrAnEmailAlreadyRegisteredIsRefusedNamingTheField() {
        Person first = someone();
        assertThat(register(first).status()).isEqualTo(201);
        Person sameId = new Person("Trần Thị Hoa", first.idNumber(), "0912000111", "hoa" + PEOPLE.incrementAndGet() + "@thoxuan.example");
        Answer byId = register(sameId);
        assertThat(byId.status()).isEqualTo(422);
        assertThat(detail(byId, "idNumber")).startsWith("Số định danh cá nhân này đã có tài khoản");
        Person sameEmail = new Person("Trần Thị Hoa", "0381" + "%08d".formatted(PEOPLE.incrementAndGet()), "0912000111", first.email().toUpperCase());
        Answer byEmail = register(sameEmail);
        assertThat(byEmail.status()).isEqualTo(422);
        assertThat(detail(byEmail, "email")).startsWith("Thư điện tử này đã có tài khoản");
        assertThat(jdbc.sql("select count(*) from accounts_citizen where email in (?, ?)").params(sameId.email(), sameEmail.email())
                .query(Long.class).single()).as("nothing half-stored").isZero();
        // The demo citizen's ID, confirmed long ago.
        Answer demo = register(new Person("Ai Đó", "038190012345", "0912000111", "aido" + PEOPLE.incrementAndGet() + "@thoxuan.example"));
        assertThat(detail(demo, "idNumber")).startsWith("Số định danh cá nhân này đã có tài khoản");
    }

    @Test
    void badDetailsAreRefusedOneMessagePerFieldInTheReadersWords() {
        Map<String, String> cases = Map.of(
                "{\"fullName\":\"  \",\"idNumber\":\"038123456789\",\"phone\":\"0912345678\",\"email\":\"a@b.vn\",\"password\":\"Song-Chu-2026\"}",
                "fullName=Cần nhập họ và tên.",
                "{\"fullName\":\"A\",\"idNumber\":\"03812345678\",\"phone\":\"0912345678\",\"email\":\"a@b.vn\",\"password\":\"Song-Chu-2026\"}",
                "idNumber=Số định danh cá nhân phải gồm đúng 12 chữ số.",
                "{\"fullName\":\"A\",\"idNumber\":\"038123456789\",\"phone\":\"0241234567\",\"email\":\"a@b.vn\",\"password\":\"Song-Chu-2026\"}",
                "phone=Số điện thoại phải là số di động Việt Nam 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09.",
                "{\"fullName\":\"A\",\"idNumber\":\"038123456789\",\"phone\":\"0912345678\",\"email\":\"a@b\",\"password\":\"Song-Chu-2026\"}",
                "email=Thư điện tử không đúng dạng (ví dụ ten@example.vn).",
                "{\"fullName\":\"A\",\"idNumber\":\"038123456789\",\"phone\":\"0912345678\",\"email\":\"a@b.vn\",\"password\":\"12345678\"}",
                "password=Mật khẩu này quá dễ đoán",
                "{\"fullName\":\"A\",\"idNumber\":\"038123456789\",\"phone\":\"0912345678\",\"email\":\"a@b.vn\",\"password\":\"ngắn\"}",
                "password=Mật khẩu phải có ít nhất 8 ký tự.");
        cases.forEach((body, expected) -> {
            api = new ApiClient(port).from("10.19." + PEOPLE.incrementAndGet() % 250 + ".1");
            Answer refused = api.post("/api/v1/public/citizens", body, null, null);
            assertThat(refused.status()).as(body).isEqualTo(422);
            String[] fieldAndMessage = expected.split("=", 2);
            assertThat(detail(refused, fieldAndMessage[0])).as(body).startsWith(fieldAndMessage[1]);
        });
        assertThat(jdbc.sql("select count(*) from accounts_citizen where id_number = '038123456789'").query(Long.class).single()).isZero();
    }

    @Test
    void aWrongCodeCountsAnExpiredCodeIsRefusedAndANewCodeReplacesTheOld() {
        Person person = someone();
        assertThat(register(person).status()).isEqualTo(201);
        String first = CitizenServers.codeMailedTo(person.email(), 0);
        String wrong = first.equals("000000") ? "111111" : "000000";
        Answer refused = confirm(person, wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(detail(refused, "code")).isEqualTo("Mã xác nhận không đúng; còn 4 lần thử.");
        assertThat(detail(confirm(person, "12ab"), "code")).isEqualTo("Mã xác nhận gồm 6 chữ số.");

        // Sixteen minutes later the code has expired.
        jdbc.sql("update portal_confirmation_code set issued_at = issued_at - interval '16 minutes', expires_at = expires_at - interval '16 minutes'"
                + " where account_id = (select id from accounts_account where username = ?)").param(person.email()).update();
        Answer expired = confirm(person, first);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(detail(expired, "code")).startsWith("Mã xác nhận đã hết hạn (mã có hiệu lực 15 phút)");

        Answer resent = api.post("/api/v1/public/citizens/resend-code", "{\"email\":\"" + person.email() + "\"}", null, null);
        assertThat(resent.status()).as(resent.body()).isEqualTo(202);
        String second = CitizenServers.codeMailedTo(person.email(), 1);
        Answer tooSoon = api.post("/api/v1/public/citizens/resend-code", "{\"email\":\"" + person.email() + "\"}", null, null);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.json().get("message").asText()).startsWith("Mã vừa được gửi; hãy chờ");
        if (!second.equals(first)) {
            assertThat(confirm(person, first).status()).as("the old code no longer works").isEqualTo(422);
        }
        assertThat(confirm(person, second).status()).isEqualTo(200);
    }

    @Test
    void fiveWrongCodesSpendTheCodeEvenTheRightOneAfterwards() {
        Person person = someone();
        assertThat(register(person).status()).isEqualTo(201);
        String code = CitizenServers.codeMailedTo(person.email(), 0);
        String wrong = code.equals("999999") ? "999998" : "999999";
        for (int left = 4; left >= 1; left--) {
            assertThat(detail(confirm(person, wrong), "code")).isEqualTo("Mã xác nhận không đúng; còn " + left + " lần thử.");
        }
        Answer fifth = confirm(person, wrong);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.json().get("message").asText()).startsWith("Đã nhập sai mã 5 lần nên mã này không dùng được nữa");
        Answer right = confirm(person, code);
        assertThat(right.status()).isEqualTo(429);
        assertThat(api.get("/api/v1/citizen/me", person.email(), "Song-Chu-2026").json().get("status").asText()).isEqualTo("UNCONFIRMED");
    }

    @Test
    void oneAddressRegistersAFewTimesAMinuteAndNoMore() throws InterruptedException {
        // The allowance counts per minute of the clock: start early in one, so the seven attempts fall within it.
        int second = java.time.LocalTime.now().getSecond();
        if (second > 45) {
            Thread.sleep((61 - second) * 1000L);
        }
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            Answer answer = register(someone());
            if (answer.status() == 429) {
                refused++;
                assertThat(answer.json().get("message").asText()).isEqualTo("Có quá nhiều lượt đăng ký từ địa chỉ này; hãy thử lại sau một phút.");
            } else {
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            }
        }
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void aRegistrationNeverConfirmedGivesWayADayLater() {
        Person squatter = someone();
        assertThat(register(squatter).status()).isEqualTo(201);
        Person owner = new Person("Lê Văn Chủ", squatter.idNumber(), "0977123456", "chu" + PEOPLE.incrementAndGet() + "@thoxuan.example");
        assertThat(register(owner).status()).isEqualTo(422);
        jdbc.sql("update accounts_account set created_at = created_at - interval '25 hours' where username = ?").param(squatter.email()).update();
        Answer registered = register(owner);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from accounts_account where username = ?").param(squatter.email()).query(Long.class).single()).isZero();
    }

    @Test
    void aCitizenSetsTheEnterpriseItActsFor() {
        Person person = someone();
        assertThat(register(person).status()).isEqualTo(201);
        assertThat(confirm(person, CitizenServers.codeMailedTo(person.email(), 0)).status()).isEqualTo(200);
        Answer bad = api.send("PUT", "/api/v1/citizen/me/enterprise", "application/json", "{\"taxCode\":\"01012345\",\"name\":\"Công ty TNHH Lam Sơn\"}",
                person.email(), "Song-Chu-2026");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(detail(bad, "taxCode")).startsWith("Mã số thuế doanh nghiệp phải gồm 10 chữ số");
        Answer set = api.send("PUT", "/api/v1/citizen/me/enterprise", "application/json",
                "{\"taxCode\":\"2800123456-002\",\"name\":\"Chi nhánh Công ty TNHH Lam Sơn\"}", person.email(), "Song-Chu-2026");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("enterprise").get("taxCode").asText()).isEqualTo("2800123456-002");
        assertThat(set.json().get("enterprise").get("name").asText()).isEqualTo("Chi nhánh Công ty TNHH Lam Sơn");
        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.signIn(person.email(), "Song-Chu-2026").body()).contains("Chi nhánh Công ty TNHH Lam Sơn (mã số thuế 2800123456-002)");
        Answer cleared = api.send("DELETE", "/api/v1/citizen/me/enterprise", null, null, person.email(), "Song-Chu-2026");
        assertThat(cleared.json().get("enterprise").isNull()).isTrue();
    }

    @Test
    void onThePagesARefusedFormKeepsWhatWasTypedAndTheCodeConfirmsTheAccount() {
        long sessions = jdbc.sql("select count(*) from accounts_session").query(Long.class).single();
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Page form = browser.open("/public/register");
        assertThat(form.status()).isEqualTo(200);
        Person person = someone();
        TestBrowser.Page refused = browser.submit(form, "/public/register", Map.of("fullName", person.fullName(), "idNumber", "0381234",
                "phone", person.phone(), "email", person.email(), "password", "Song-Chu-2026", "passwordAgain", "Song-Chu-2027"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Số định danh cá nhân phải gồm đúng 12 chữ số.", "Hai lần nhập mật khẩu không giống nhau.",
                "value=\"" + person.fullName() + "\"", "value=\"0381234\"", "value=\"" + person.email() + "\"")
                .doesNotContain("Song-Chu-2026");
        TestBrowser.Page sent = browser.submit(refused, "/public/register", Map.of("fullName", person.fullName(), "idNumber", person.idNumber(),
                "phone", person.phone(), "email", person.email(), "password", "Song-Chu-2026", "passwordAgain", "Song-Chu-2026"));
        assertThat(sent.uri().getPath()).isEqualTo("/public/register");
        assertThat(sent.body()).contains("Đã gửi mã xác nhận tới " + person.email() + ". Mã có hiệu lực 15 phút.");
        String code = CitizenServers.codeMailedTo(person.email(), 0);
        TestBrowser.Page wrong = browser.submit(sent, "/public/register/confirm", Map.of("email", person.email(),
                "code", code.equals("000000") ? "000001" : "000000"));
        assertThat(wrong.body()).contains("Mã xác nhận không đúng; còn 4 lần thử.", "value=\"" + person.email() + "\"");
        TestBrowser.Page signIn = browser.submit(wrong, "/public/register/confirm", Map.of("email", person.email(), "code", code));
        assertThat(signIn.uri().getPath()).isEqualTo("/login");
        assertThat(signIn.body()).contains("Tài khoản đã được xác nhận. Mời đăng nhập");
        assertThat(jdbc.sql("select count(*) from accounts_session").query(Long.class).single()).as("a stranger stores no session")
                .isEqualTo(sessions);
        TestBrowser.Page home = browser.signIn(person.email(), "Song-Chu-2026");
        assertThat(home.uri().getPath()).isEqualTo("/citizen");
        assertThat(home.body()).contains("Xin chào, Phạm Văn Đức", "Đã xác nhận ngày").doesNotContain("id=\"unconfirmed\"");
    }

    @Test
    void anUnconfirmedCitizenSignsInAndConfirmsFromItsHome() {
        Person person = someone();
        assertThat(register(person).status()).isEqualTo(201);
        String code = CitizenServers.codeMailedTo(person.email(), 0);
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Page home = browser.signIn(person.email(), "Song-Chu-2026");
        assertThat(home.body()).contains("id=\"unconfirmed\"", "Tài khoản chưa được xác nhận. Nhập mã xác nhận đã gửi tới " + person.email());
        TestBrowser.Page confirmed = browser.submit(home, "/citizen/confirm", Map.of("code", code));
        assertThat(confirmed.uri().getPath()).isEqualTo("/citizen");
        assertThat(confirmed.body()).contains("Đã xác nhận tài khoản. Bạn có thể nộp hồ sơ trực tuyến.").doesNotContain("id=\"unconfirmed\"");
    }
}
