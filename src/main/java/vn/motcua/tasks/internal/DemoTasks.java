package vn.motcua.tasks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.DemoLoading;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.tasks.Inspection;
import vn.motcua.tasks.Task;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;

/**
 * The demo's section I: the district's 2024 documents (the seed's footnotes), the 48 tasks of
 * Kế hoạch 268/KH-UBND with 25 done by the end of the Q1 2024 window, the task the province gave
 * with Quyết định 4912/QĐ-UBND, and the Q1 discipline inspection of seven communes. Loaded through
 * the register, so the audit trail shows it.
 */
@Component
@Order(31)
class DemoTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);
    private static final String DISTRICT = "395";

    private final DemoMode demoMode;
    private final TaskRegister register;
    private final TransactionTemplate transaction;
    private final DemoLoading loading;

    DemoTasks(DemoMode demoMode, TaskRegister register, TransactionTemplate transaction, DemoLoading loading) {
        this.loading = loading;
        this.demoMode = demoMode;
        this.register = register;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        // Needs no dossier: loaded beside them. One transaction for the whole section: a commit (and its fsync) per
        // document and task made the first start slower.
        loading.beside("tasks", () -> transaction.executeWithoutResult(status -> SystemActor.run(this::load)));
    }

    private void load() {
        Map<String, Long> documents = new HashMap<>();
        for (String[] d : rows("demo/van-ban-cchc-2024.tsv")) {
            TaskDocument created = register.createDocument(new TaskRegister.NewDocument(DISTRICT, d[1], LocalDate.parse(d[2]), d[3],
                    TaskDocument.Kind.valueOf(d[4]), d[8], TaskDocument.ReformField.valueOf(d[5]), d[6].isEmpty() ? null : Integer.valueOf(d[6]),
                    Boolean.valueOf(d[7])));
            documents.put(created.number(), created.id());
        }
        long plan = documents.get("268/KH-UBND");
        int tasks = 0;
        for (String[] t : rows("demo/nhiem-vu-268-KH-UBND.tsv")) {
            Task created = register.createTask(new TaskRegister.NewTask(plan, null, null, t[0], department(Integer.parseInt(t[1])),
                    "UBND các xã, thị trấn", LocalDate.parse(t[2])));
            register.changeTask(created.id(), new TaskRegister.TaskChange(null, null, Task.Status.DONE, LocalDate.parse(t[3]), null,
                    created.version()));
            tasks++;
        }
        Task assigned = register.createTask(new TaskRegister.NewTask(null, documents.get("4912/QĐ-UBND"), null,
                "Báo cáo kết quả thực hiện giao biên chế công chức, số lượng người làm việc năm 2024", department(1), "Phòng Tài chính - Kế hoạch",
                LocalDate.of(2024, 4, 30)));
        register.changeTask(assigned.id(), new TaskRegister.TaskChange(null, null, Task.Status.DONE, LocalDate.of(2024, 4, 15), null,
                assigned.version()));
        List<String> communes = List.of("000.31.14.H56", "000.33.14.H56", "000.36.14.H56", "000.40.14.H56", "000.44.14.H56",
                "000.49.14.H56", "000.55.14.H56");
        Inspection inspection = register.createInspection(new TaskRegister.NewInspection(DISTRICT, documents.get("06/KH-UBND"),
                "Kiểm tra thực hiện cải cách hành chính và chấp hành kỷ luật, kỷ cương hành chính tại UBND cấp xã", LocalDate.of(2024, 3, 5),
                true, communes));
        register.addFinding(inspection.id(), "Chưa công khai đầy đủ kết quả giải quyết thủ tục hành chính trên Cổng dịch vụ công");
        register.addFinding(inspection.id(), "Một số hồ sơ trễ hạn chưa có văn bản xin lỗi");
        Inspection withFindings = register.addFinding(inspection.id(), "Chưa số hóa kết quả giải quyết thủ tục hành chính");
        register.resolveFinding(withFindings.findings().get(0).id(), LocalDate.of(2024, 3, 12));
        register.resolveFinding(withFindings.findings().get(1).id(), LocalDate.of(2024, 4, 2));
        log.info("Loaded the demo task tracking: {} documents, {} tasks of 268/KH-UBND, 1 inspection", documents.size(), tasks);
    }

    private static String department(int number) {
        return String.format("000.%02d.14.H56", number);
    }

    private static List<String[]> rows(String resource) {
        try {
            String text = new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
