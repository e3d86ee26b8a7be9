package vn.motcua.indicators.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.indicators.TemplateRow;

/**
 * The built-in templates, loaded once on any installation, each with the measure every computed row
 * maps to and the rules between rows its figures must keep: CCHC-2024, the seed report's appendix
 * (indicators/cchc-2024-template.tsv, a copy of shared/data's) for the three-tier government, in force
 * for the periods up to the second quarter of 2025; and CCHC-2025, the same rows for the two-tier
 * government — province and commune breakdowns instead of district and commune, no row about a
 * district — in force from the third quarter of 2025.
 */
@Component
@Order(8)
class BuiltInTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInTemplates.class);
    static final String CCHC_2024 = "CCHC-2024";
    static final String CCHC_2025 = "CCHC-2025";
    /** 30 June 2025: the last day of district-level government (Nghị quyết 1686/NQ-UBTVQH15 took effect on 1 July 2025). */
    private static final LocalDate LAST_DAY_OF_THREE_TIERS = LocalDate.of(2025, 6, 30);
    private static final String RULE_2_5 = "Số văn bản đã xử lý xong không thể nhiều hơn số văn bản có kiến nghị xử lý.";

    private final TemplateStore store;
    private final TransactionTemplate transaction;

    BuiltInTemplates(TemplateStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(CCHC_2024, "Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính (mẫu 2024, ba cấp)", null,
                LAST_DAY_OF_THREE_TIERS, "indicators/cchc-2024-template.tsv", "indicators/cchc-2024-measures.tsv");
        load(CCHC_2025, "Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính (mẫu 2025, chính quyền hai cấp)",
                LAST_DAY_OF_THREE_TIERS.plusDays(1), null, "indicators/cchc-2025-template.tsv", "indicators/cchc-2025-measures.tsv");
    }

    private void load(String code, String name, LocalDate inForceFrom, LocalDate inForceTo, String rowsFile, String measuresFile) {
        transaction.executeWithoutResult(status -> {
            store.lock(code);
            if (store.latest(code).isPresent()) {
                return;
            }
            long id = store.insert(code, 1, name, 15, 20, inForceFrom, inForceTo);
            Map<String, String[]> measures = new HashMap<>();
            for (String[] m : read(measuresFile)) {
                measures.put(m[0], m);
            }
            int position = 0;
            for (String[] f : read(rowsFile)) {
                String[] m = measures.get(f[0]);
                // Rows the unit types in with a printed number of their own must be given before the report goes up
                // (0 when nothing happened); the breakdowns under them ("Trong đó") are optional, as in the seed.
                boolean entered = m == null && !"GROUP".equals(f[5]) && !f[1].isBlank();
                store.insertRow(id, position++, new TemplateRow(f[0], f[1], f[2].isBlank() ? null : f[2], f[3], f[4], f[5], f[6],
                        f[7], f[8], f[9], m == null ? null : m[1], m == null || m.length < 3 ? "" : m[2], entered));
            }
            store.insertRule(id, "[1.1.2] <= [1.1.1]", "ERROR", "Số nhiệm vụ hoàn thành không thể nhiều hơn số nhiệm vụ đề ra.");
            store.insertRule(id, "[1.2.4] <= [1.2.3]", "ERROR", "Số vấn đề đã xử lý không thể nhiều hơn số vấn đề phát hiện.");
            store.insertRule(id, "[1.3.2] + [1.3.3] <= [1.3.1]", "ERROR", "Số nhiệm vụ hoàn thành không thể nhiều hơn số nhiệm vụ được giao.");
            store.insertRule(id, "[2.5] <= [2.4]", "ERROR", RULE_2_5);
            store.insertRule(id, "[3.3.2] + [3.3.3] <= [3.3.1]", "WARNING",
                    "Số hồ sơ giải quyết đúng hạn nhiều hơn số hồ sơ tiếp nhận trong kỳ: kiểm tra hồ sơ kỳ trước chuyển sang.");
            store.insertRule(id, "[4.2.2] <= [4.2.1]", "WARNING", "Biên chế có mặt nhiều hơn biên chế được giao.");
            store.insertRule(id, "[4.3.2] <= [4.3.1]", "WARNING", "Số người làm việc có mặt nhiều hơn số được giao.");
            log.info("Loaded the built-in template {}", code);
        });
    }

    private static java.util.List<String[]> read(String path) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return rows;
    }
}
