package vn.motcua.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.OnlineReceipts;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.InvalidInputException.Problem;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.PublicRegister;

/**
 * The submissions the demo's present history came from: every dossier received online in the last
 * {@value #DAYS} days at the demo citizen's commune (Xã Thọ Xuân) gets the received submission it was,
 * filed by its applicant a few working hours before and received by the commune's clerk at the
 * dossier's receipt time, with its answers to the procedure version's e-form. Only that commune and
 * those days: the desk and the citizen's pages look there, and the eight communes' whole history
 * (some 30,000 online dossiers) would cost the first start more than it shows. Runs after the present
 * history is imported and after the demo citizen's own submissions, whose dossiers are already linked.
 */
@Component
@Order(46)
class PresentSubmissions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PresentSubmissions.class);

    static final int DAYS = 90;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DemoMode demoMode;
    private final OnlineReceipts receipts;
    private final PublicRegister register;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final SubmissionRows rows;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PresentSubmissions(DemoMode demoMode, OnlineReceipts receipts, PublicRegister register, ProcedureCatalog catalog,
            WorkingCalendar calendar, SubmissionRows rows, TransactionTemplate transaction, Clock clock) {
        this.demoMode = demoMode;
        this.receipts = receipts;
        this.register = register;
        this.catalog = catalog;
        this.calendar = calendar;
        this.rows = rows;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        long agency = register.agency(DemoSubmissions.AGENCY).orElseThrow().id();
        Instant now = clock.instant();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        Instant from = today.minusDays(DAYS).atStartOfDay(calendar.zone()).toInstant();
        // To the end of today: the present history has today's whole day, the portal's later hours included.
        Instant to = today.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        int written = transaction.execute(status -> SystemActor.call(() -> {
            List<OnlineReceipts.Receipt> online = receipts.of(agency, from, to);
            Set<String> linked = rows.linked(online.stream().map(OnlineReceipts.Receipt::code).toList());
            Map<Long, List<FormField>> forms = new LinkedHashMap<>();
            List<SubmissionRows.PastReceipt> past = new ArrayList<>();
            for (OnlineReceipts.Receipt r : online) {
                if (linked.contains(r.code())) {
                    continue;
                }
                // Seeded by the dossier: the same history gives the same submissions.
                Random random = new Random(r.code().hashCode());
                List<FormField> fields = forms.computeIfAbsent(r.procedureVersionId(),
                        id -> catalog.version(id).orElseThrow().content().formFields());
                past.add(new SubmissionRows.PastReceipt(r.procedureCode(), r.procedureVersionId(), r.agencyId(), r.applicant(),
                        answers(r.procedureCode(), fields, r.applicant(), r.receivedAt(), random),
                        submittedBefore(r.receivedAt(), random), r.receivedAt(), DemoSubmissions.CLERK, r.code()));
            }
            rows.insertReceived(past);
            return past.size();
        }));
        log.info("Linked {} online dossiers of the last {} days at {} to the submissions they came from", written, DAYS,
                DemoSubmissions.AGENCY);
    }

    /** One to six working hours before the receipt: a citizen files, the desk takes it up within the day or the next. */
    private Instant submittedBefore(Instant received, Random random) {
        Duration wanted = Duration.ofMinutes(60 + random.nextInt(300));
        Instant at = received;
        // Back in steps of a quarter-hour over nights, weekends and holidays, until enough working time lies between.
        for (int i = 0; i < 4 * 24 * 14 && calendar.workingTimeBetween(at, received, List.of()).compareTo(wanted) < 0; i++) {
            at = at.minus(Duration.ofMinutes(15));
        }
        return at;
    }

    /** The answers the applicant gave to the version's e-form, checked as the portal checks a submission. */
    private Map<String, String> answers(String procedure, List<FormField> fields, Applicant applicant, Instant received, Random random) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        LocalDate day = received.atZone(calendar.zone()).toLocalDate();
        String name = applicant.name();
        String family = name.split(" ")[0];
        // The citizen ID's fourth digit is even for a man, odd for a woman.
        String id = applicant.idNumber();
        boolean female = id != null && id.length() == 12 && (id.charAt(3) - '0') % 2 == 1;
        Map<String, String> given = new LinkedHashMap<>();
        switch (procedure) {
            case "1.001193" -> {
                boolean girl = random.nextBoolean();
                given.put("ho_ten", (family + " " + pick(random, girl ? List.of("Ngọc", "Thu", "Minh", "Khánh", "Bảo")
                        : List.of("Gia", "Minh", "Đức", "Hoàng", "Anh")) + " " + pick(random, girl ? List.of("Anh", "Linh", "Ngân", "Vy", "Hà")
                        : List.of("Bảo", "Khang", "Huy", "Phúc", "Nam"))).toUpperCase(VIETNAMESE));
                given.put("ngay_sinh", day.minusDays(3 + random.nextInt(50)).format(DAY));
                given.put("gioi_tinh", girl ? "Nữ" : "Nam");
                given.put("dan_toc", "Kinh");
                given.put("quoc_tich", "Việt Nam");
                given.put("noi_sinh", pick(random, List.of("Trung tâm Y tế Thọ Xuân", "Bệnh viện Đa khoa tỉnh Thanh Hóa",
                        "Trạm Y tế xã Thọ Xuân")));
                given.put("ho_ten_me", female ? name : pick(random, List.of("Lê Thị Hoa", "Nguyễn Thị Lan", "Trịnh Thị Hằng", "Phạm Thu Trang")));
                given.put("ho_ten_cha", female ? family + " Văn " + pick(random, List.of("Hùng", "Dũng", "Nam", "Sơn")) : name);
                given.put("noi_cu_tru", applicant.address());
                given.put("quan_he", female ? "Mẹ" : "Cha");
            }
            case "1.004873" -> {
                given.put("ho_ten", name);
                given.put("ngay_sinh", LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)).format(DAY));
                given.put("gioi_tinh", female ? "Nữ" : "Nam");
                given.put("noi_cu_tru", applicant.address());
                given.put("tinh_trang", random.nextInt(10) < 7 ? "Chưa kết hôn với ai" : "Đã ly hôn");
                given.put("muc_dich", pick(random, List.of("Để đăng ký kết hôn", "Để vay vốn ngân hàng", "Để làm thủ tục mua bán nhà đất",
                        "Để bổ sung hồ sơ xin việc")));
                given.put("so_ban", String.valueOf(1 + random.nextInt(2)));
            }
            case "2.000815" -> {
                int paper = random.nextInt(4);
                given.put("ten_giay_to", List.of("Bằng tốt nghiệp trung học phổ thông", "Giấy khai sinh", "Căn cước công dân",
                        "Giấy chứng nhận quyền sử dụng đất").get(paper));
                given.put("co_quan_cap", List.of("Sở Giáo dục và Đào tạo Thanh Hóa", "UBND xã Thọ Xuân", "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
                        "UBND huyện Thọ Xuân").get(paper));
                given.put("so_trang", String.valueOf(paper == 3 ? 4 : 1));
                given.put("so_ban", String.valueOf(1 + random.nextInt(5)));
                given.put("hinh_thuc", random.nextInt(10) < 6 ? "Bản sao điện tử có chứng thực" : "Bản sao giấy có chứng thực");
            }
            case "1.013813" -> {
                given.put("ten_ho_kinh_doanh", "Hộ kinh doanh " + name.substring(name.lastIndexOf(' ') + 1) + " "
                        + pick(random, List.of("Xuân", "Phát", "An", "Thịnh")));
                given.put("dia_chi", applicant.address());
                given.put("nganh_nghe", pick(random, List.of("Bán lẻ hàng tạp hóa", "Dịch vụ ăn uống", "Sửa chữa xe máy",
                        "Bán lẻ vật liệu xây dựng", "May mặc")));
                given.put("von", String.valueOf(50_000_000 + 10_000_000 * random.nextInt(30)));
                given.put("so_lao_dong", String.valueOf(1 + random.nextInt(4)));
                given.put("chu_the", random.nextInt(10) < 7 ? "Một cá nhân" : "Các thành viên hộ gia đình");
            }
            default -> {
                // A version with an e-form the demo has no answers for: the submission carries none, as a draft may.
            }
        }
        given.keySet().retainAll(fields.stream().map(FormField::key).toList());
        List<Problem> problems = new ArrayList<>();
        Map<String, String> kept = FormAnswers.check(fields, given, !given.isEmpty(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The demo's answers to the e-form of " + procedure + " do not pass: " + problems);
        }
        return kept;
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
