package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** The pages of citizens' voice and the investment climate, as the public and staff see them. */
@DemoSystemTest
class VoicePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aCitizenSendsAPetitionAndAMistakeKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/public/feedback")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phản ánh, kiến nghị")))
                .andExpect(content().string(containsString("UBND xã đã kiểm điểm công chức tiếp nhận")));
        mvc.perform(multipart("/public/feedback").file(new MockMultipartFile("files", "anh.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
                .param("about", "SERVICE").param("unitCode", "15499").param("name", "Vũ Thị Hạnh").param("phone", "0912777888")
                .param("subject", "Chờ lâu tại quầy").param("content", "Tôi chờ hơn 2 giờ mới được tiếp nhận.").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không phải PDF, PNG, JPEG hay DOCX")))
                .andExpect(content().string(containsString("Tôi chờ hơn 2 giờ mới được tiếp nhận.")))
                .andExpect(content().string(containsString("value=\"Vũ Thị Hạnh\"")));
        mvc.perform(multipart("/public/feedback").param("about", "SERVICE").param("unitCode", "15499").param("name", "Vũ Thị Hạnh")
                .param("phone", "0912777888").param("subject", "Chờ lâu tại quầy").param("content", "Tôi chờ hơn 2 giờ.").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mã phản ánh của Ông/Bà là PAKN-")));
        mvc.perform(get("/public/feedback/follow").param("code", "PAKN-000000-AAAAAA").param("phone", "8888"))
                .andExpect(content().string(containsString("Không tìm thấy phản ánh")));
    }

    @Test
    void aPetitionAboutNothingTheFormOffersIsExplained() throws Exception {
        mvc.perform(multipart("/public/feedback").param("about", "COMPLAINT").param("unitCode", "15499").param("name", "Vũ Thị Hạnh")
                .param("phone", "0912777888").param("subject", "Chờ lâu").param("content", "Chờ lâu.").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cần chọn nội dung phản ánh")))
                .andExpect(content().string(containsString("value=\"Vũ Thị Hạnh\"")));
    }

    @Test
    void theDistrictsFirstQuarterOf2024ReadsAsTheSeedPrintsRows142And15() {
        var rows = new ApiClient(port).get("/api/v1/reports/CCHC-2024/2024-Q1/395", "reform", "demo").json().get("rows");
        Map<String, String> values = new HashMap<>();
        rows.forEach(r -> values.put(r.get("key").asText(), r.get("value").asText()));
        assertThat(values.get("1.4.2")).isEqualTo("0");
        assertThat(values.get("1.5")).isEqualTo("1");
        assertThat(Integer.parseInt(values.get("1.4.1"))).isPositive();
    }

    @LocalServerPort
    int port;

    @Test
    void theSurveyPageTakesFourScores() throws Exception {
        mvc.perform(get("/public/surveys").param("code", "H56.71-000000-0000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thái độ, trách nhiệm của công chức")))
                .andExpect(content().string(containsString("5 · Rất hài lòng")));
        mvc.perform(post("/public/surveys").param("code", "H56.71-000000-0000").param("phone", "1234").param("information", "5")
                .param("timeliness", "5").param("attitude", "5").param("result", "5").with(csrf()))
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại")));
    }

    @Test
    void staffTriageAndSeeSurveysAndDialogues() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        mvc.perform(get("/feedback").with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giờ làm việc của Bộ phận Một cửa")));
        var leader = user(accounts.loadUserByUsername("leader"));
        mvc.perform(get("/feedback/surveys").param("unitCode", "395").param("from", "2023-12-15").param("to", "2024-03-14").with(leader))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mức độ hài lòng theo cơ quan")))
                .andExpect(content().string(not(containsString("Chưa có phiếu khảo sát"))))
                .andExpect(content().string(containsString("value=\"395\" selected")))
                .andExpect(content().string(containsString("name=\"to\" value=\"2024-03-14\"")));
        mvc.perform(get("/feedback/dialogues").param("unitCode", "395").param("from", "2024-01-01").param("to", "2024-03-31").with(leader))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hội nghị gặp mặt, đối thoại")))
                .andExpect(content().string(containsString("Chỉ đạo Văn phòng Đăng ký đất đai")));
        mvc.perform(get("/feedback").with(user(accounts.loadUserByUsername("reporter")))).andExpect(status().isForbidden());
    }

    @Test
    void theInvestmentPagesShowFlagsAndOpportunities() throws Exception {
        mvc.perform(get("/public/investment")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạ tầng kỹ thuật khu công nghiệp Lam Sơn – Sao Vàng")));
        var leader = user(accounts.loadUserByUsername("leader"));
        mvc.perform(get("/investment").param("unitCode", "395").param("from", "2023-12-15").param("to", "2024-03-14").with(leader))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1.544,4 tỷ đồng")))
                .andExpect(content().string(containsString("đạt 23,40% kế hoạch")))
                .andExpect(content().string(containsString("7 vụ, xử lý 5 vụ")))
                .andExpect(content().string(containsString("Đang làm thủ tục thu hồi")))
                // As they stood on 14/03/2024: the factory and the market had reported nothing for over 180 days.
                .andExpect(content().string(containsString("Dự án đầu tư (tình hình đến ngày 14/03/2024)")))
                .andExpect(content().string(containsString(">Đình trệ</span>")));
        mvc.perform(post("/investment/market-inspections").param("unitCode", "395").param("inspectedOn", "2024-03-01")
                .param("subject", "").with(leader).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
