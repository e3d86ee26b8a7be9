package vn.motcua.tasks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.SystemActor;
import vn.motcua.tasks.Inspection;
import vn.motcua.tasks.Task;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/**
 * Kế hoạch CCHC của chính quyền hai cấp: the province's reform plans of 2025 and 2026, led by its
 * departments, and the plans of the eight communes formed on 1 July 2025 (the second half of 2025, and
 * 2026), with their tasks; the tasks the province's decisions and letters assigned to its departments and
 * to every commune; and the province's inspections of the communes and of four departments — so that rows
 * 1.1.x–1.3.x of the reports of 2025-Q3 onwards have figures. Every task is owned by an agency that
 * exists on its deadline (TaskRegister refuses any other). Which tasks are done, done late
 * or still open is decided against today, commune by commune, deterministically; the documents and
 * tasks are in demo/van-ban-cchc-2025-2026.tsv and demo/nhiem-vu-cchc-2025-2026.tsv. Loaded through the
 * register in one transaction, so the audit trail shows it.
 */
@Component
@Order(32)
class DemoTwoTierPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTwoTierPlans.class);
    private static final String PROVINCE = "38";
    /** The word of both files for "each commune": a document of each commune, a task of each commune's People's Committee. */
    private static final String EVERY_COMMUNE = "xa";
    private static final LocalDate FIRST_TWO_TIER_DAY = LocalDate.of(2025, 7, 1);

    private final DemoMode demoMode;
    private final TaskRegister register;
    private final PublicRegister units;
    private final TransactionTemplate transaction;
    private final MotCuaZone zone;

    private final DemoLoading loading;

    DemoTwoTierPlans(DemoMode demoMode, TaskRegister register, PublicRegister units, TransactionTemplate transaction, MotCuaZone zone,
            DemoLoading loading) {
        this.loading = loading;
        this.demoMode = demoMode;
        this.register = register;
        this.units = units;
        this.transaction = transaction;
        this.zone = zone;
    }

    /** A commune of the two tiers: its unit, its People's Committee, its name as a document writes it, and its place in the list. */
    private record Commune(String unitCode, String committee, String name, int index) {
    }

    /** A document recorded: its id, its kind, and the day it was issued, before which none of its tasks can be done. */
    private record Recorded(long id, TaskDocument.Kind kind, LocalDate issuedOn) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        // Needs no dossier: loaded beside them, after the 2024 plans (DemoTasks).
        loading.beside("two-tier plans", () -> transaction.executeWithoutResult(status -> SystemActor.run(this::load)));
    }

    private void load() {
        LocalDate today = zone.today();
        List<Commune> communes = communes();
        Map<String, Recorded> documents = new HashMap<>();
        int tasks = 0;
        for (String[] d : rows("demo/van-ban-cchc-2025-2026.tsv")) {
            LocalDate issuedOn = LocalDate.parse(d[3]);
            if (d[1].equals(EVERY_COMMUNE)) {
                for (Commune commune : communes) {
                    LocalDate on = issuedOn.plusDays(commune.index());
                    if (!on.isAfter(today)) {
                        documents.put(d[0] + "|" + commune.unitCode(), document(commune.unitCode(), numbered(d[2], commune.index()), on,
                                d[4].replace("{xa}", commune.name()), d));
                    }
                }
            } else if (!issuedOn.isAfter(today)) {
                documents.put(d[0], document(PROVINCE, d[2], issuedOn, d[4], d));
            }
        }
        for (String[] t : rows("demo/nhiem-vu-cchc-2025-2026.tsv")) {
            LocalDate deadline = LocalDate.parse(t[2]);
            if (!t[1].equals(EVERY_COMMUNE)) {
                Recorded document = documents.get(t[0]);
                if (document != null) {
                    task(document, t[1], t[4], t[3], deadline, completedOn(document, deadline, today, diligence(t[1]), t[4].hashCode()));
                    tasks++;
                }
                continue;
            }
            boolean communeDocument = t[0].startsWith("X-");
            for (Commune commune : communes) {
                Recorded document = documents.get(communeDocument ? t[0] + "|" + commune.unitCode() : t[0]);
                if (document == null) {
                    continue;
                }
                // A commune's own plan is issued a day later down the list, so are its deadlines; the province's are the same for all.
                LocalDate due = deadline.plusDays(communeDocument ? commune.index() : 0);
                task(document, commune.committee(), t[4], t[3], due,
                        completedOn(document, due, today, diligence(commune.committee()), (t[4] + commune.unitCode()).hashCode()));
                tasks++;
            }
        }
        int inspections = inspect(documents, communes, today);
        log.info("Loaded the demo's reform plans of the two tiers: {} documents, {} tasks, {} inspections", documents.size(), tasks,
                inspections);
    }

    /** How often an agency finishes its tasks on time: illustrative, the same for the same agency. */
    private static double diligence(String agencyCode) {
        return 0.62 + 0.33 * new Random(agencyCode.hashCode() * 31L + 2025).nextDouble();
    }

    /** When a task was done, or null while it is open: decided against today — done on time, done late, or not done yet. */
    private static LocalDate completedOn(Recorded document, LocalDate deadline, LocalDate today, double diligence, long seed) {
        Random random = new Random(seed);
        double draw = random.nextDouble();
        if (deadline.isBefore(today)) {
            if (draw < diligence) {
                long lead = Math.min(20, ChronoUnit.DAYS.between(document.issuedOn(), deadline));
                return deadline.minusDays(lead <= 0 ? 0 : random.nextInt((int) lead + 1));
            }
            if (draw < diligence + 0.6 * (1 - diligence)) {
                LocalDate late = deadline.plusDays(3 + random.nextInt(28));
                return late.isAfter(today) ? null : late;
            }
            return null;
        }
        if (draw < 0.25) {
            LocalDate early = today.minusDays(random.nextInt(20));
            return early.isBefore(document.issuedOn()) ? document.issuedOn() : early;
        }
        return null;
    }

    /** A task of a plan (row 1.1), or one a decision or letter assigns (row 1.3), as the document's kind says. */
    private void task(Recorded document, String owner, String title, String cooperating, LocalDate deadline, LocalDate completedOn) {
        boolean planned = document.kind() == TaskDocument.Kind.PLAN;
        Task created = register.createTask(new TaskRegister.NewTask(planned ? document.id() : null, planned ? null : document.id(), null,
                title, owner, cooperating, deadline));
        if (completedOn != null) {
            register.changeTask(created.id(), new TaskRegister.TaskChange(null, null, Task.Status.DONE, completedOn, null,
                    created.version()));
        }
    }

    private Recorded document(String unitCode, String number, LocalDate issuedOn, String issuer, String[] d) {
        TaskDocument created = register.createDocument(new TaskRegister.NewDocument(unitCode, number, issuedOn, issuer,
                TaskDocument.Kind.valueOf(d[5]), d[9], TaskDocument.ReformField.valueOf(d[6]), d[7].isEmpty() ? null : Integer.valueOf(d[7]),
                Boolean.valueOf(d[8])));
        return new Recorded(created.id(), created.kind(), issuedOn);
    }

    /**
     * The province's inspections: of half the communes in the fourth quarter of 2025, of the other half in the second quarter
     * of 2026, and of four departments in the third; each finds three problems and resolves two of them within weeks.
     */
    private int inspect(Map<String, Recorded> documents, List<Commune> communes, LocalDate today) {
        record Round(String plan, LocalDate heldOn, String title, List<String> inspected, String[][] findings) {
        }
        String[][] atCommunes = { { "Chưa niêm yết đầy đủ danh mục thủ tục hành chính cấp xã sau sắp xếp", "14" },
                { "Còn hồ sơ quá hạn chưa có phiếu xin lỗi và hẹn lại ngày trả kết quả", "30" },
                { "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính chưa đạt chỉ tiêu", "" } };
        String[][] atDepartments = { { "Chậm cập nhật quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin", "21" },
                { "Chưa công khai đầy đủ kết quả giải quyết hồ sơ trên Cổng dịch vụ công", "35" },
                { "Tỷ lệ hồ sơ trực tuyến toàn trình của một số thủ tục còn thấp", "" } };
        List<Round> rounds = List.of(
                new Round("T-KT-2025", LocalDate.of(2025, 10, 21), "Kiểm tra công tác cải cách hành chính và kỷ luật, kỷ cương hành chính"
                        + " tại UBND cấp xã quý IV năm 2025", communes.stream().filter(c -> c.index() % 2 == 0).map(Commune::committee).toList(),
                        atCommunes),
                new Round("T-KT-2026", LocalDate.of(2026, 5, 12), "Kiểm tra công tác cải cách hành chính tại UBND cấp xã năm 2026",
                        communes.stream().filter(c -> c.index() % 2 == 1).map(Commune::committee).toList(), atCommunes),
                // Sở Tư pháp, Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng: the departments with most procedures.
                new Round("T-KT-2026", LocalDate.of(2026, 8, 18), "Kiểm tra công tác cải cách hành chính và kỷ luật, kỷ cương hành chính"
                        + " tại các sở, ngành năm 2026", List.of("000.00.52.H56", "000.00.53.H56", "000.00.55.H56", "000.00.56.H56"),
                        atDepartments));
        int held = 0;
        for (Round round : rounds) {
            Recorded plan = documents.get(round.plan());
            if (plan == null || round.heldOn().isAfter(today)) {
                continue;
            }
            Inspection inspection = register.createInspection(new TaskRegister.NewInspection(PROVINCE, plan.id(), round.title(),
                    round.heldOn(), true, round.inspected()));
            for (String[] finding : round.findings()) {
                inspection = register.addFinding(inspection.id(), finding[0]);
            }
            for (int i = 0; i < round.findings().length; i++) {
                if (!round.findings()[i][1].isEmpty()) {
                    LocalDate resolved = round.heldOn().plusDays(Integer.parseInt(round.findings()[i][1]));
                    if (!resolved.isAfter(today)) {
                        register.resolveFinding(inspection.findings().get(i).id(), resolved);
                    }
                }
            }
            held++;
        }
        return held;
    }

    /** The communes under the province from 1 July 2025, in the order of their codes, with their People's Committees. */
    private List<Commune> communes() {
        List<Agency> agencies = units.agencies();
        List<Unit> communes = units.unitsOn(FIRST_TWO_TIER_DAY).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && PROVINCE.equals(u.parentCode()))
                .sorted(Comparator.comparing(Unit::code)).toList();
        List<Commune> result = new ArrayList<>();
        for (Unit unit : communes) {
            agencies.stream().filter(a -> a.unitId() == unit.id() && a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst()
                    .ifPresent(committee -> result.add(new Commune(unit.code(), committee.code(),
                            unit.name().substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + unit.name().substring(1), result.size())));
        }
        return result;
    }

    /**
     * The commune's own number of a document written for every commune: "52/KH-UBND" is 52, 57, 62 … down the list. The
     * numbers in the file are chosen so that none repeats a number of the district's 2024 documents, which are looked up by it.
     */
    private static String numbered(String number, int index) {
        int slash = number.indexOf('/');
        String digits = number.substring(0, slash);
        return String.format("%0" + digits.length() + "d", Integer.parseInt(digits) + 5 * index) + number.substring(slash);
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
