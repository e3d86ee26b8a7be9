package vn.motcua.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The province's reform officer edits a set on its page while no unit has started under it — a criterion's
 * wording, maximum and levels, the survey points and the thresholds, each audited — and is refused, with the
 * page saying why, once a unit has started; a commune's account never edits.
 */
@DemoSystemTest
class IndexSetEditingTest {

    /** A year no shipped set and no other test uses, so the set starts untouched. */
    private static final int YEAR = 2031;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private void aSetOfItsOwn() {
        jdbc.sql("""
                insert into reformindex_set (year, subject_kind, title, source, survey_max, excellent_from, good_from, fair_from, average_from)
                values (?, 'COMMUNE', 'Bộ Chỉ số CCHC cấp xã năm 2031', 'Thử nghiệm', 20, 90, 80, 70, 50)""").param(YEAR).update();
        jdbc.sql("""
                insert into reformindex_criterion (set_id, key, parent_key, position, label, max_points, rule, scale, evidence_required)
                select id, '1', null, 1, 'Công tác chỉ đạo, điều hành', 2, 'FIELD', null, false from reformindex_set where year = ?1
                union all
                select id, '1.1', '1', 2, 'Ban hành kế hoạch CCHC năm', 1, 'JUDGED', 'Đúng hạn=1|Chậm=0,5|Không=0', true from reformindex_set where year = ?1
                """.replace("?1", String.valueOf(YEAR))).update();
    }

    private MvcResult postAs(String username, String path, String... params) throws Exception {
        var request = post(path).with(user(accounts.loadUserByUsername(username))).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/reform-index/sets/" + YEAR + "/COMMUNE").with(user(accounts.loadUserByUsername(username)))).andReturn()
                .getResponse().getContentAsString();
    }

    private int version() {
        return jdbc.sql("select version from reformindex_set where year = ?").param(YEAR).query(Integer.class).single();
    }

    @Test
    void theProvinceEditsASetNoUnitHasStartedAndIsRefusedOnceOneHas() throws Exception {
        aSetOfItsOwn();
        String path = "/reform-index/sets/" + YEAR + "/COMMUNE";
        assertThat(page("reform")).contains("Bộ Chỉ số CCHC cấp xã năm 2031").contains("Lưu").doesNotContain("không sửa bộ chỉ số được nữa");

        MvcResult edited = postAs("reform", path + "/criteria/1.1", "label", "Ban hành kế hoạch CCHC năm đúng hạn", "max", "2",
                "scale", "Đúng hạn=2|Chậm=1|Không=0", "evidenceRequired", "true", "version", String.valueOf(version()));
        assertThat(edited.getFlashMap().get("saved")).isEqualTo(true);
        assertThat(jdbc.sql("select label || ' ' || max_points || ' ' || scale from reformindex_criterion c join reformindex_set s on s.id = c.set_id"
                + " where s.year = ? and c.key = '1.1'").param(YEAR).query(String.class).single())
                .isEqualTo("Ban hành kế hoạch CCHC năm đúng hạn 2.00 Đúng hạn=2|Chậm=1|Không=0");

        // a level above the maximum is refused by the field's name, nothing changed
        MvcResult bad = postAs("reform", path + "/criteria/1.1", "label", "X", "max", "2", "scale", "Đúng hạn=3|Không=0",
                "evidenceRequired", "true", "version", String.valueOf(version()));
        assertThat(bad.getFlashMap().get("failure")).isEqualTo("reformindex.set.scale");
        assertThat(page("reform")).contains("Ban hành kế hoạch CCHC năm đúng hạn");

        MvcResult bands = postAs("reform", path + "/thresholds", "surveyMax", "30", "excellentFrom", "85", "goodFrom", "85", "fairFrom", "60",
                "averageFrom", "40", "version", String.valueOf(version()));
        assertThat(bands.getFlashMap().get("failure")).as("excellent must stay above good").isEqualTo("reformindex.set.bands");
        MvcResult thresholds = postAs("reform", path + "/thresholds", "surveyMax", "30", "excellentFrom", "85", "goodFrom", "75",
                "fairFrom", "60", "averageFrom", "40", "version", String.valueOf(version()));
        assertThat(thresholds.getFlashMap().get("saved")).isEqualTo(true);
        assertThat(jdbc.sql("select survey_max || '/' || excellent_from from reformindex_set where year = ?").param(YEAR).query(String.class)
                .single()).isEqualTo("30.00/85.00");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reformindex.set.edited' and summary like 'Bộ Chỉ số CCHC cấp xã năm 2031%'")
                .query(Integer.class).single()).isEqualTo(2);

        // a commune's leader may not edit it
        assertThat(postAs("chutich", path + "/criteria/1.1", "label", "Khác", "max", "1", "scale", "Có=1|Không=0", "version",
                String.valueOf(version())).getResponse().getStatus()).isEqualTo(403);

        // once Xã Thọ Xuân scores under it, the set is fixed and the page says so
        ApiClient.Answer scored = new ApiClient(port).send("PUT", "/api/v1/reform-index/" + YEAR + "/15499/criteria/1.1", "application/json",
                "{\"score\":2}", "chutich", "demo");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        MvcResult refused = postAs("reform", path + "/criteria/1.1", "label", "Sửa sau khi đã chấm", "max", "2", "scale",
                "Đúng hạn=2|Chậm=1|Không=0", "evidenceRequired", "true", "version", String.valueOf(version()));
        assertThat(refused.getFlashMap().get("failure")).isEqualTo("reformindex.set.started");
        String fixed = page("reform");
        assertThat(fixed).contains("Đã có đơn vị chấm điểm theo “Bộ Chỉ số CCHC cấp xã năm 2031”, không sửa bộ chỉ số được nữa.")
                .contains("Ban hành kế hoạch CCHC năm đúng hạn").doesNotContain("Sửa sau khi đã chấm");
        assertThat(page("reform")).doesNotContain("btn btn-sm btn-primary");
    }
}
