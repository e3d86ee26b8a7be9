package vn.motcua.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierQueries;
import vn.motcua.dossiers.DossierSearch;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.feedback.Dialogue;
import vn.motcua.feedback.DialogueAudience;
import vn.motcua.feedback.Dialogues;
import vn.motcua.feedback.NewDialogue;
import vn.motcua.feedback.NewPetition;
import vn.motcua.feedback.Petition;
import vn.motcua.feedback.PetitionAbout;
import vn.motcua.feedback.PetitionChannel;
import vn.motcua.feedback.Petitions;
import vn.motcua.feedback.Scores;
import vn.motcua.feedback.SurveyForm;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/**
 * The demo's citizens' voice: online survey answers of applicants whose dossiers were returned in the
 * Q1 2024 window (so row 1.4.2 reads 0, online, as the seed prints), the district's dialogue with
 * businesses of February 2024 (row 1.5: 1), and a few petitions of today at the new Xã Thọ Xuân. Since
 * 1 July 2025 the eight communes' applicants answer online each month, and paper slips are collected at
 * the desk of every other commune each quarter (row 1.4.2 then reads 2, both); five communes and the
 * province hold dialogues, so row 1.5 reads 1 in most quarters and 0 in some. Scores, names and the dialogues' wording are illustrative; the seed gives
 * only the codes. Loaded in one transaction.
 */
@Component
@Order(60)
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST_TWO_TIER_DAY = LocalDate.of(2025, 7, 1);
    private static final int[][] SCORES = { { 5, 5, 5, 5 }, { 5, 4, 5, 5 }, { 4, 4, 5, 4 }, { 5, 5, 4, 5 }, { 4, 3, 4, 4 },
            { 5, 5, 5, 4 }, { 3, 3, 4, 4 }, { 5, 4, 4, 5 } };

    private static final List<String> ONLINE_COMMENTS = List.of("Nộp hồ sơ trên Cổng dịch vụ công thuận tiện, không phải đi lại.",
            "Được nhắn tin báo kết quả đúng hẹn.", "Hướng dẫn kê khai trên cổng còn khó hiểu với người lớn tuổi.",
            "Thanh toán lệ phí trực tuyến nhanh, nhận kết quả qua bưu điện.",
            "Phải bổ sung giấy tờ một lần nhưng được hướng dẫn rõ ràng.");
    private static final List<String> PAPER_COMMENTS = List.of("Thủ tục nhanh gọn, công chức nhiệt tình.",
            "Trụ sở mới xa nhà, đề nghị có điểm tiếp nhận tại các thôn.", "Công chức hướng dẫn tận tình, trả kết quả đúng hẹn.",
            "Phòng chờ chật, nên bố trí thêm ghế ngồi.", "Đề nghị niêm yết rõ mức phí, lệ phí tại quầy.");

    private final DemoMode demoMode;
    private final DossierQueries dossiers;
    private final AgencyDirectory agencies;
    private final PublicRegister units;
    private final SurveyRows surveys;
    private final Dialogues dialogues;
    private final Petitions petitions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DialogueRows dialogueRows;

    DemoFeedback(DemoMode demoMode, DossierQueries dossiers, AgencyDirectory agencies, PublicRegister units, SurveyRows surveys,
            Dialogues dialogues, Petitions petitions, TransactionTemplate transaction, Clock clock, DialogueRows dialogueRows) {
        this.dialogueRows = dialogueRows;
        this.demoMode = demoMode;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.units = units;
        this.surveys = surveys;
        this.dialogues = dialogues;
        this.petitions = petitions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        transaction.executeWithoutResult(status -> SystemActor.run(() -> {
            load();
            loadPresent();
        }));
    }

    private void load() {
        List<Dossier> returned = dossiers.search(new DossierSearch(null, DossierStatus.RETURNED, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 3, 1), null, 0, 40));
        int answers = 0;
        for (Dossier dossier : returned) {
            Agency agency = agencies.find(dossier.agencyCode()).orElseThrow();
            int[] s = SCORES[answers % SCORES.length];
            Instant answeredAt = (dossier.returnedAt() == null ? dossier.receivedAt() : dossier.returnedAt()).atZone(VIETNAM)
                    .toLocalDate().plusDays(1).atTime(9, 30).atZone(VIETNAM).toInstant();
            if (answeredAt.isBefore(LocalDate.of(2024, 3, 15).atStartOfDay(VIETNAM).toInstant())) {
                surveys.insert(agency.id(), agency.unitId(), dossier.code(), SurveyForm.ONLINE, new Scores(s[0], s[1], s[2], s[3]),
                        answers % 5 == 0 ? "Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn." : null, answeredAt, null);
                answers++;
            }
        }
        Dialogue dialogue = typed(new NewDialogue("395", LocalDate.of(2024, 2, 27),
                "Hội nghị gặp mặt, đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp, hợp tác xã năm 2024", DialogueAudience.BUSINESSES,
                "Chủ tịch UBND huyện Thọ Xuân", 86, "Hội nghị đầu xuân Giáp Thìn với Hiệp hội doanh nghiệp huyện.",
                List.of("Đẩy nhanh giải phóng mặt bằng khu công nghiệp Lam Sơn – Sao Vàng",
                        "Rút ngắn thời gian giải quyết thủ tục đất đai cho doanh nghiệp",
                        "Hỗ trợ tuyển dụng, đào tạo lao động tại chỗ")));
        dialogues.followUp(dialogue.id(), dialogue.issues().get(1).id(),
                "Chỉ đạo Văn phòng Đăng ký đất đai chi nhánh Thọ Xuân giải quyết trước hạn; công khai tiến độ trên Cổng dịch vụ công.",
                LocalDate.of(2024, 3, 20));
        Petition answered = petitions.record(new NewPetition(PetitionChannel.HOTLINE, PetitionAbout.SERVICE, "15499", "Lê Văn Thành",
                "0915226688", null, "Thôn Phúc Bồi, xã Thọ Xuân", "Hồ sơ chứng thực phải đi lại nhiều lần",
                "Tôi nộp hồ sơ chứng thực hợp đồng nhưng được hẹn lại hai lần vì thiếu giấy tờ không được hướng dẫn từ đầu."));
        petitions.assign(answered.code(), "000.00.71.H56", null);
        petitions.answer(answered.code(), "UBND xã đã kiểm điểm công chức tiếp nhận, niêm yết lại danh mục giấy tờ tại Bộ phận Một cửa"
                + " và hướng dẫn đầy đủ ngay lần đầu.", true, null);
        Petition assigned = petitions.record(new NewPetition(PetitionChannel.DIRECT, PetitionAbout.REGULATION, "15499",
                "Hợp tác xã Nông nghiệp Xuân Lập", "0237386512", "htxxuanlap@example.vn", null,
                "Thủ tục đăng ký hợp tác xã còn yêu cầu bản sao chứng thực",
                "Đề nghị cho phép nộp bản chụp kèm bản chính để đối chiếu thay cho bản sao chứng thực."));
        petitions.assign(assigned.code(), "000.00.71.H56", null);
        petitions.record(new NewPetition(PetitionChannel.HOTLINE, PetitionAbout.SERVICE, "15499", "Nguyễn Thị Lan", "0983114455",
                null, null, "Giờ làm việc của Bộ phận Một cửa", "Đề nghị Bộ phận Một cửa làm việc sáng thứ Bảy để người đi làm xa nộp hồ sơ."));
        log.info("Loaded the demo feedback: {} survey answers, 1 dialogue, 3 petitions", answers);
    }

    /**
     * A dialogue whose chair is a typed title, as recorded before chairs were chosen from the leaders' accounts (the
     * province's and the other communes' chairmen have no account in the demo): kept as it was, readable as typed.
     */
    private Dialogue typed(NewDialogue dialogue) {
        Unit unit = units.unit(dialogue.unitCode(), dialogue.heldOn()).orElseThrow();
        long id = dialogueRows.insert(unit.id(), dialogue, null, "system", dialogue.heldOn().plusDays(1).atTime(16, 0).atZone(VIETNAM)
                .toInstant());
        return dialogues.get(id);
    }

    /** Online answers each month and paper slips each quarter at the eight communes since 1 July 2025, and their dialogues. */
    private void loadPresent() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(VIETNAM).toLocalDate();
        List<Agency> committees = newCommunes();
        List<SurveyRows.NewAnswer> answers = new ArrayList<>();
        int online = 0;
        int paper = 0;
        for (int c = 0; c < committees.size(); c++) {
            Agency committee = committees.get(c);
            Random random = new Random(committee.code().hashCode() + 2025L);
            for (LocalDate month = FIRST_TWO_TIER_DAY; !month.isAfter(today); month = month.plusMonths(1)) {
                List<Dossier> returned = dossiers.search(new DossierSearch(committee.code(), DossierStatus.RETURNED, month,
                        month.plusMonths(1).minusDays(1), null, 0, 3 + random.nextInt(4)));
                for (Dossier dossier : returned) {
                    Instant answeredAt = dossier.returnedAt().plus(Duration.ofHours(2 + random.nextInt(46)));
                    if (answeredAt.isBefore(now)) {
                        answers.add(new SurveyRows.NewAnswer(committee.id(), committee.unitId(), dossier.code(), SurveyForm.ONLINE,
                                scores(random), comment(random, ONLINE_COMMENTS), answeredAt, null));
                        online++;
                    }
                }
                // Every other commune hands out paper slips at its desk in the middle month of each quarter.
                if (c % 2 == 0 && month.getMonthValue() % 3 == 2) {
                    LocalDate slips = month.plusDays(14 + random.nextInt(10));
                    for (int i = 0; i < 3 && slips.isBefore(today); i++) {
                        answers.add(new SurveyRows.NewAnswer(committee.id(), committee.unitId(), null, SurveyForm.PAPER, scores(random),
                                comment(random, PAPER_COMMENTS), slips.atTime(10, 15 + i).atZone(VIETNAM).toInstant(), "Bộ phận Một cửa"));
                        paper++;
                    }
                }
            }
        }
        surveys.insertAll(answers);
        int held = 0;
        for (NewDialogue dialogue : List.of(
                new NewDialogue("15499", LocalDate.of(2025, 9, 26), "Hội nghị đối thoại giữa Chủ tịch UBND xã Thọ Xuân với Nhân dân về"
                        + " giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính", DialogueAudience.CITIZENS, null,
                        142, "Người dân các thôn của 4 xã, thị trấn cũ nêu ý kiến về nơi nộp hồ sơ và thời gian trả kết quả.",
                        List.of("Bố trí thêm quầy tiếp nhận hồ sơ đất đai tại Bộ phận Một cửa của xã",
                                "Hướng dẫn người cao tuổi nộp hồ sơ trực tuyến"), "chutich"),
                new NewDialogue("15505", LocalDate.of(2025, 11, 21), "Đối thoại giữa Chủ tịch UBND xã Thọ Long với Nhân dân về thực hiện"
                        + " thủ tục hành chính và chuyển đổi số", DialogueAudience.CITIZENS, "Chủ tịch UBND xã Thọ Long", 118,
                        "Người dân hỏi về cấp đổi giấy tờ khi địa chỉ đổi tên xã và về nộp hồ sơ trên Cổng dịch vụ công.",
                        List.of("Hướng dẫn cập nhật địa chỉ mới trên giấy tờ sau sắp xếp đơn vị hành chính mà không thu phí",
                                "Bố trí công chức hỗ trợ nộp hồ sơ trực tuyến tại Bộ phận Một cửa")),
                new NewDialogue("38", LocalDate.of(2026, 3, 27), "Hội nghị gặp mặt, đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp,"
                        + " hợp tác xã năm 2026", DialogueAudience.BUSINESSES, "Chủ tịch UBND tỉnh Thanh Hóa", 310,
                        "Doanh nghiệp nêu kiến nghị về thủ tục đầu tư, đất đai và thuế sau khi tổ chức chính quyền hai cấp.",
                        List.of("Rút ngắn thời gian giao đất, cho thuê đất cho dự án", "Công khai tiến độ giải quyết hồ sơ trên Cổng dịch vụ công")),
                new NewDialogue("15553", LocalDate.of(2026, 6, 18), "Đối thoại giữa Chủ tịch UBND xã Sao Vàng với Nhân dân năm 2026",
                        DialogueAudience.BOTH, null, 96, "Ý kiến về đăng ký đất đai và hộ kinh doanh tại xã.",
                        List.of("Giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng"), "leader"),
                new NewDialogue("15520", LocalDate.of(2026, 8, 14), "Hội nghị đối thoại giữa Chủ tịch UBND xã Xuân Hòa với hộ kinh doanh,"
                        + " hợp tác xã trên địa bàn xã", DialogueAudience.BUSINESSES, "Chủ tịch UBND xã Xuân Hòa", 64,
                        "Hộ kinh doanh và hợp tác xã nêu khó khăn về đăng ký kinh doanh và thuê đất sản xuất.",
                        List.of("Rút ngắn thời gian đăng ký hộ kinh doanh", "Công khai quỹ đất công ích cho thuê tại xã")),
                new NewDialogue("15544", LocalDate.of(2026, 9, 11), "Đối thoại giữa Chủ tịch UBND xã Lam Sơn với Nhân dân năm 2026",
                        DialogueAudience.CITIZENS, "Chủ tịch UBND xã Lam Sơn", 87, "Ý kiến về chứng thực, hộ tịch và bảo trợ xã hội.",
                        List.of("Giải quyết chế độ trợ cấp xã hội đúng hạn", "Chứng thực điện tử bản sao từ bản chính")),
                new NewDialogue("38", LocalDate.of(2026, 11, 20), "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với Nhân dân về cải cách"
                        + " thủ tục hành chính sau 18 tháng vận hành chính quyền địa phương hai cấp", DialogueAudience.CITIZENS,
                        "Chủ tịch UBND tỉnh Thanh Hóa", 265, "Đại biểu người dân các xã, phường nêu ý kiến về giải quyết thủ tục hành chính"
                        + " không phụ thuộc địa giới hành chính.",
                        List.of("Mở rộng tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong toàn tỉnh",
                                "Giảm giấy tờ phải nộp khi dữ liệu đã có trong cơ sở dữ liệu quốc gia về dân cư")))) {
            if (!dialogue.heldOn().isAfter(today)) {
                Dialogue recorded = dialogue.chairAccount() == null ? typed(dialogue) : dialogues.record(dialogue);
                dialogues.followUp(recorded.id(), recorded.issues().get(0).id(), "Đã giao bộ phận chuyên môn thực hiện và báo cáo kết quả.",
                        dialogue.heldOn().plusDays(30).isAfter(today) ? null : dialogue.heldOn().plusDays(30));
                held++;
            }
        }
        log.info("Loaded the demo feedback of the two tiers: {} online and {} paper survey answers, {} dialogues", online, paper, held);
    }

    /** A comment now and then: most applicants leave the box empty. */
    private static String comment(Random random, List<String> comments) {
        return random.nextInt(4) == 0 ? comments.get(random.nextInt(comments.size())) : null;
    }

    /** Scores of one answer, mostly satisfied, now and then not. */
    private static Scores scores(Random random) {
        int[] s = SCORES[random.nextInt(SCORES.length)];
        return new Scores(s[0], s[1], s[2], s[3]);
    }

    /** The People's Committees of the communes under the province from 1 July 2025. */
    private List<Agency> newCommunes() {
        List<Long> communes = units.unitsOn(FIRST_TWO_TIER_DAY).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && "38".equals(u.parentCode())).map(Unit::id).toList();
        return units.agencies().stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE && communes.contains(a.unitId()))
                .sorted(Comparator.comparing(Agency::code)).toList();
    }
}
