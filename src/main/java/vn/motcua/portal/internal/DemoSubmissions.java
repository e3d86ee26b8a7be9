package vn.motcua.portal.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.dossiers.DossierProcessing;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionDesk;
import vn.motcua.portal.SubmissionDocuments;
import vn.motcua.portal.SubmissionDraft;
import vn.motcua.portal.Submissions;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.StoryTime;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The demo citizen's applications, made through the same services a person uses: a draft of a
 * birth registration, a marital status confirmation waiting at the desk of Xã Thọ Xuân, a certified
 * copy sent back for completion, a household business registration received and being handled, and a
 * birth registration finished, its result attached and returned online. The two received ones are online
 * dossiers of the last office hours in the demo's present history, come through real submissions. The desk
 * acts in office hours of a working day whenever the demo is loaded (at 21:17, on a Sunday): the staff's
 * steps are told at moments of the last office hour before now, the citizen's filings a few hours before
 * them (StoryTime); the draft is the citizen's of now. A handful of small papers rendered like every printed
 * page, in full Vietnamese.
 */
@Component
@Order(45)
class DemoSubmissions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSubmissions.class);

    static final String CITIZEN = "congdan";
    static final String CLERK = "clerk";
    static final String SPECIALIST = "specialist";
    static final String LEADER = "chutich";
    /** UBND xã Thọ Xuân: the demo citizen's commune. */
    static final String AGENCY = "000.00.71.H56";

    /** The papers the citizen files and the result the desk returns, each a one-page PDF (rendered ahead: DemoPapersAhead). */
    static final String MARITAL_FORM = "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân";
    static final String DIPLOMA_PHOTO = "Bằng tốt nghiệp THPT (bản chụp)";
    static final String DIPLOMA_TO_CERTIFY = "Bằng tốt nghiệp THPT (bản cần chứng thực)";
    static final String BUSINESS_REQUEST = "Giấy đề nghị đăng ký hộ kinh doanh";
    static final String BIRTH_FORM = "Tờ khai đăng ký khai sinh";
    static final String BIRTH_CERTIFICATE_OF_HOSPITAL = "Giấy chứng sinh";
    static final String BIRTH_RESULT = "Giấy khai sinh";
    static final List<String> PAPERS = List.of(MARITAL_FORM, DIPLOMA_PHOTO, DIPLOMA_TO_CERTIFY, BUSINESS_REQUEST, BIRTH_FORM, BIRTH_CERTIFICATE_OF_HOSPITAL, BIRTH_RESULT);

    private final DemoMode demoMode;
    private final Submissions submissions;
    private final SubmissionDocuments documents;
    private final SubmissionDesk desk;
    private final DossierProcessing processing;
    private final DossierDocuments dossierDocuments;
    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final DemoPaper papers;

    DemoSubmissions(DemoMode demoMode, Submissions submissions, SubmissionDocuments documents, SubmissionDesk desk,
            DossierProcessing processing, DossierDocuments dossierDocuments, UserDetailsService accounts, TransactionTemplate transaction,
            WorkingCalendar calendar, Clock clock, DemoPaper papers) {
        this.papers = papers;
        this.calendar = calendar;
        this.clock = clock;
        this.demoMode = demoMode;
        this.submissions = submissions;
        this.documents = documents;
        this.desk = desk;
        this.processing = processing;
        this.dossierDocuments = dossierDocuments;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        // All or nothing: a failed start leaves no half of the citizen's applications behind.
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        Map<String, String> birth = new LinkedHashMap<>();
        birth.put("ho_ten", "TRỊNH GIA BẢO");
        birth.put("ngay_sinh", "02/11/2026");
        birth.put("gioi_tinh", "Nam");
        birth.put("dan_toc", "Kinh");
        birth.put("quoc_tich", "Việt Nam");
        birth.put("noi_sinh", "Trung tâm Y tế Thọ Xuân");
        birth.put("ho_ten_me", "Lê Thị Mai");
        birth.put("ho_ten_cha", "Trịnh Văn Dũng");
        birth.put("noi_cu_tru", "Thôn Xuân Phố, xã Thọ Xuân, tỉnh Thanh Hóa");
        birth.put("quan_he", "Mẹ");

        as(CITIZEN, () -> submissions.create(new SubmissionDraft("1.001193", AGENCY, null,
                Map.of("ho_ten", "TRỊNH NGỌC ANH", "gioi_tinh", "Nữ"), ReturnChannel.ONLINE)));

        // The desk's hour: eight minutes apart, all in one office period; the citizen filed three hours before it opened.
        Instant deskHour = lastOfficeHour(clock.instant());
        Instant filing = deskHour.minus(Duration.ofHours(3));
        Instant[] steps = new Instant[7];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = deskHour.plus(Duration.ofMinutes(5 + 8L * i));
        }

        long marital = StoryTime.at(filing, () -> filed("1.004873", Map.of("ho_ten", "Lê Thị Mai", "ngay_sinh", "14/03/1990", "gioi_tinh", "Nữ",
                "noi_cu_tru", "Thôn Xuân Phố, xã Thọ Xuân", "tinh_trang", "Chưa kết hôn với ai",
                "muc_dich", "Để vay vốn ngân hàng", "so_ban", "1"), ReturnChannel.ONLINE,
                List.of(paper(MARITAL_FORM))));

        long copy = StoryTime.at(filing.plus(Duration.ofMinutes(10)), () -> filed("2.000815", Map.of("ten_giay_to", "Bằng tốt nghiệp trung học phổ thông", "co_quan_cap",
                "Sở Giáo dục và Đào tạo Thanh Hóa", "so_trang", "1", "so_ban", "3", "hinh_thuc", "Bản sao điện tử có chứng thực"),
                ReturnChannel.ONLINE, List.of(paper(DIPLOMA_PHOTO), paper(DIPLOMA_TO_CERTIFY))));
        at(steps[0], CLERK, () -> desk.requestCompletion(copy, "Ảnh chụp bản chính bị lóa, không đọc được số hiệu văn bằng",
                List.of("Ảnh chụp rõ nét bản chính Bằng tốt nghiệp (cả số hiệu và dấu)")));

        long business = StoryTime.at(filing.plus(Duration.ofMinutes(20)), () -> filed("1.013813", Map.of("ten_ho_kinh_doanh", "Hộ kinh doanh Mai Xuân", "dia_chi",
                "Thôn Xuân Phố, xã Thọ Xuân", "nganh_nghe", "Bán lẻ hàng tạp hóa", "von", "150000000", "so_lao_dong", "2",
                "chu_the", "Một cá nhân"), ReturnChannel.ONLINE, List.of(paper(BUSINESS_REQUEST))));
        String inProgress = at(steps[1], CLERK, () -> desk.receive(business)).dossier().code();
        at(steps[2], CLERK, () -> processing.act(inProgress, new ActionRequest(ActionKind.ASSIGN, SPECIALIST, null, null, null, null, null,
                null, null, null, null)));

        long born = StoryTime.at(filing.plus(Duration.ofMinutes(30)), () -> filed("1.001193", birth, ReturnChannel.ONLINE,
                List.of(paper(BIRTH_FORM), paper(BIRTH_CERTIFICATE_OF_HOSPITAL))));
        String finished = at(steps[3], CLERK, () -> desk.receive(born)).dossier().code();
        // The leader's approval comes first: it is what the result's digital signature stands for.
        at(steps[4], LEADER, () -> processing.act(finished, ActionRequest.of(ActionKind.APPROVE)));
        at(steps[5], LEADER, () -> processing.act(finished, ActionRequest.of(ActionKind.COMPLETE)));
        at(steps[6], CLERK, () -> dossierDocuments.upload(finished, "giay-khai-sinh.pdf", new ByteArrayInputStream(paper(BIRTH_RESULT)), null,
                DocumentKind.RESULT, DocumentOrigin.BORN_DIGITAL));
        at(steps[6], CLERK, () -> processing.act(finished, new ActionRequest(ActionKind.RETURN_RESULT, null, null, null, null,
                ReturnChannel.ONLINE, null, null, null, null, null)));
        log.info("Loaded the demo citizen's applications: submissions {}, {}, {}; dossiers {} (in progress), {} (returned online)",
                marital, copy, business, inProgress, finished);
    }

    /**
     * The start of the last whole hour of office time before {@code now}, within one office period of a working day: the
     * hour before now when now is an hour or more into a period, else the last hour of an earlier period.
     */
    private Instant lastOfficeHour(Instant now) {
        Duration hour = Duration.ofHours(1);
        Instant end = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        // Back five minutes at a time, over nights, weekends and the longest holiday, until a whole hour of office time ends there.
        for (int i = 0; i < 12 * 24 * 40; i++, end = end.minus(Duration.ofMinutes(5))) {
            if (calendar.workingTimeBetween(end.minus(hour), end, List.of()).equals(hour)) {
                return end.minus(hour);
            }
        }
        throw new IllegalStateException("No office hour in the 40 days before " + now);
    }

    /** The work done as the demo account at a moment of the story. */
    private <T> T at(Instant moment, String username, Supplier<T> work) {
        return StoryTime.at(moment, () -> as(username, work));
    }

    /** A submission made and sent by the demo citizen, with one file for each of the procedure's papers in order; its id. */
    private long filed(String procedure, Map<String, String> form, ReturnChannel returnChannel, List<byte[]> papers) {
        return as(CITIZEN, () -> {
            Submission draft = submissions.create(new SubmissionDraft(procedure, AGENCY, null, form, returnChannel));
            for (int i = 0; i < papers.size(); i++) {
                documents.attach(draft.id(), i + 1, "giay-to-" + (i + 1) + ".pdf", new ByteArrayInputStream(papers.get(i)));
            }
            return submissions.submit(draft.id()).id();
        });
    }

    private byte[] paper(String title) {
        return papers.titled(title);
    }

    /** The work done as the demo account, so each service checks that account's role and reach, and the history names it. */
    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
