package vn.motcua.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

/**
 * The demo's citizens' voice: online survey answers of applicants whose dossiers were returned in the
 * Q1 2024 window (so row 1.4.2 reads 0, online, as the seed prints), the district's dialogue with
 * businesses of February 2024 (row 1.5: 1), and a few petitions of today at the new Xã Thọ Xuân.
 * Scores, names and the dialogue's wording are illustrative; the seed gives only the codes.
 */
@Component
@Order(60)
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int[][] SCORES = { { 5, 5, 5, 5 }, { 5, 4, 5, 5 }, { 4, 4, 5, 4 }, { 5, 5, 4, 5 }, { 4, 3, 4, 4 },
            { 5, 5, 5, 4 }, { 3, 3, 4, 4 }, { 5, 4, 4, 5 } };

    private final DemoMode demoMode;
    private final DossierQueries dossiers;
    private final AgencyDirectory agencies;
    private final SurveyRows surveys;
    private final Dialogues dialogues;
    private final Petitions petitions;

    DemoFeedback(DemoMode demoMode, DossierQueries dossiers, AgencyDirectory agencies, SurveyRows surveys, Dialogues dialogues,
            Petitions petitions) {
        this.demoMode = demoMode;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.surveys = surveys;
        this.dialogues = dialogues;
        this.petitions = petitions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        SystemActor.run(this::load);
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
        Dialogue dialogue = dialogues.record(new NewDialogue("395", LocalDate.of(2024, 2, 27),
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
}
