package vn.motcua.reports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.motcua.indicators.ReportApproval;
import vn.motcua.indicators.ReportEntry;
import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.ReportDocuments;
import vn.motcua.shared.DemoMode;

/**
 * The demo's approved report: by December 2026 Xã Thọ Xuân's report of 2026-Q3 has gone up and been approved,
 * so the demo shows a report signed by the commune's People's Committee. It takes the path a person takes — the
 * commune's reporter ({@code thoxuan}) types the entered rows, completes the narrative MotCua drafts from the
 * records and submits; the province's reform officer ({@code reform}, Sở Nội vụ, a unit above the commune)
 * approves, and the approval signs the PDF. The entered figures
 * ({@code demo/so-lieu-nhap-2026-xa-tho-xuan.tsv}) and the sentences that answer the outline's requests
 * ([Gợi ý: …]) are illustrative, not the commune's; every computed figure is the demo's records'. Runs after the
 * demo's records and the seed report (order 80), which the report's figures and narrative read.
 */
@Component
@Order(85)
class DemoApprovedReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApprovedReport.class);
    private static final String TEMPLATE = "CCHC-2025";
    static final String PERIOD = "2026-Q3";
    static final String COMMUNE = "15499";
    static final String REPORTER = "thoxuan";
    static final String APPROVER = "reform";
    /** Số ký hiệu the demo's report carries: the approval refuses a report without one. */
    static final String NUMBER = "215/BC-UBND";
    static final String FIGURES = "demo/so-lieu-nhap-2026-xa-tho-xuan.tsv";
    private static final Pattern PROMPT = Pattern.compile("\\[Gợi ý: ([^\\]]+)\\]");

    /**
     * What the commune's officer writes where the outline asks (the request's opening words, then the text):
     * the outline asks only for what the records cannot say, so these lines are the demo's own.
     */
    private static final Map<String, String> ANSWERS = answers();

    private final DemoMode demoMode;
    private final ReportEntry entry;
    private final ReportDocuments documents;
    private final ReportApproval approval;
    private final UserDetailsService accounts;

    DemoApprovedReport(DemoMode demoMode, ReportEntry entry, ReportDocuments documents, ReportApproval approval, UserDetailsService accounts) {
        this.demoMode = demoMode;
        this.entry = entry;
        this.documents = documents;
        this.approval = approval;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        long started = System.nanoTime();
        as(REPORTER, () -> {
            entry.putValues(TEMPLATE, PERIOD, COMMUNE, figures(), null, null);
            ReportDocument draft = documents.draft(TEMPLATE, PERIOD, COMMUNE);
            documents.save(TEMPLATE, PERIOD, COMMUNE, answered(draft), null);
            return approval.submit(TEMPLATE, PERIOD, COMMUNE);
        });
        as(APPROVER, () -> approval.approve(TEMPLATE, PERIOD, COMMUNE));
        log.info("Demo report {} of {} entered, submitted and approved (signed) in {} ms", PERIOD, COMMUNE,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The outline with each request to the officer replaced by the officer's text. */
    static ReportDocument answered(ReportDocument draft) {
        List<ReportDocument.Section> sections = draft.sections().stream()
                .map(s -> new ReportDocument.Section(s.heading(), answer(s.body()))).toList();
        // An approved report is an issued document: the commune's office numbered it when it went up.
        return new ReportDocument(draft.template(), draft.period(), draft.unitCode(), draft.authority(), NUMBER, draft.place(),
                draft.issuedOn(), draft.title(), draft.addressee(), sections, draft.signatureRole(), draft.signer(), draft.recipients(),
                draft.version(), draft.saved());
    }

    private static String answer(String body) {
        Matcher prompt = PROMPT.matcher(body);
        return prompt.replaceAll(m -> Matcher.quoteReplacement(ANSWERS.entrySet().stream()
                .filter(a -> m.group(1).startsWith(a.getKey())).map(Map.Entry::getValue).findFirst()
                // A request the demo has no answer for would stop the submission; say which, so it is added here.
                .orElseThrow(() -> new IllegalStateException("The demo report has no text for the request: " + m.group(1)))));
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("chưa có văn bản chỉ đạo", "Trong kỳ, UBND xã tiếp tục chỉ đạo thực hiện Kế hoạch cải cách hành chính năm 2026;"
                + " Chủ tịch UBND xã quán triệt nhiệm vụ cải cách hành chính tại các cuộc họp giao ban hằng tháng.");
        answers.put("chưa có nhiệm vụ nào của kế hoạch", "Các nhiệm vụ của Kế hoạch cải cách hành chính năm 2026 được triển khai"
                + " theo tiến độ; trong kỳ chưa có nhiệm vụ nào đến hạn hoàn thành.");
        answers.put("nêu tình hình cơ sở vật chất", "Bộ phận Một cửa của xã có phòng làm việc riêng, được trang bị máy tính, máy quét,"
                + " máy in, màn hình tra cứu và máy lấy số thứ tự, đáp ứng yêu cầu tiếp nhận và trả kết quả.");
        answers.put("nêu kết quả Chỉ số cải cách hành chính", "Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ hành chính"
                + " của xã chưa được tỉnh công bố trong kỳ; UBND xã tiếp tục rà soát, khắc phục các tiêu chí còn hạn chế.");
        answers.put("nêu những kết quả nổi bật", "Việc tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa của xã được duy trì ổn định"
                + " sau khi sắp xếp đơn vị hành chính.");
        answers.put("số liệu của kỳ không cho thấy tồn tại nào", "Một số công chức mới được điều động về xã sau sắp xếp còn hạn chế"
                + " về kỹ năng sử dụng Hệ thống một cửa điện tử.");
        answers.put("nêu nguyên nhân", "Nguyên nhân: số hồ sơ tăng sau khi hợp nhất các xã trong khi đội ngũ công chức chuyên môn còn"
                + " thiếu; một bộ phận người dân chưa quen nộp hồ sơ trực tuyến.");
        answers.put("chưa có nhiệm vụ nào của", "Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch cải cách hành chính năm 2026,"
                + " tập trung nâng tỷ lệ hồ sơ nộp trực tuyến và số hóa kết quả giải quyết thủ tục hành chính.");
        return answers;
    }

    private static Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(FIGURES).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                    .forEach(f -> figures.put(f[0], new BigDecimal(f[1])));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FIGURES, e);
        }
        return figures;
    }

    /** Runs the work signed in as the demo account, so the services check its roles and scope and the history names it. */
    private <T> T as(String username, Supplier<T> work) {
        UserDetails account = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
