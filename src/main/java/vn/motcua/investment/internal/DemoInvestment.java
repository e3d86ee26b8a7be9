package vn.motcua.investment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.investment.InvestmentClimate;
import vn.motcua.investment.InvestmentProjects;
import vn.motcua.investment.NewProject;
import vn.motcua.investment.Project;
import vn.motcua.investment.ProjectStatus;
import vn.motcua.shared.DemoLoading;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * The demo's investment climate. Of Huyện Thọ Xuân in Q1 2024 as the seed reports it: 1.544,4 billion
 * đồng of development capital, 23,4% of the year's plan (so a plan of 6.600 billion); 23 new
 * enterprises, as many as in Q1 2023; 7 market inspections, 5 handled, 9 violations (2 counterfeit,
 * 5 banned or smuggled, 2 trade fraud). The seed gives totals only: the enterprises' names and codes,
 * the inspections' subjects and the projects below are illustrative. Of today's government (from 01/07/2025),
 * illustrative too, sized like a province and its communes: Tỉnh Thanh Hóa's own development capital for each
 * reporting window of 2025 and 2026 against the year's plan, and each of the eight communes' from 01/07/2025 against
 * its own plan; new enterprises month by month (the province's own from January 2025, each commune's from July 2025),
 * never after today. All of it in one transaction, the enterprises in one statement.
 */
@Component
@Order(33)
class DemoInvestment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInvestment.class);
    private static final String DISTRICT = "395";
    /**
     * The communes of the two-tier government (from 01/07/2025) where today's sites and running projects lie, as the
     * demo units merge them: thị trấn Sao Vàng into Xã Sao Vàng, Xuân Lai into Xã Xuân Lập, Xuân Thiên into Xã Thọ Lập,
     * Thọ Hải into Xã Xuân Hòa. Records of today name these; the former commune follows as "… cũ" for those who know it.
     */
    private static final String SAO_VANG = "15553";
    private static final String XUAN_LAP = "15592";
    private static final List<String> TRADES = List.of("Xây dựng", "Thương mại", "Nông sản", "May mặc", "Vận tải", "Gỗ", "Cơ khí",
            "Thực phẩm");
    private static final List<String> NAMES = List.of("Hoàng Long", "Minh Phát", "Lam Sơn", "Sao Vàng", "Phúc Thịnh", "Xuân Lập",
            "Thọ Hải", "An Khang", "Đông Sơn", "Hưng Thịnh", "Tân Phong", "Bắc Lương");

    private final DemoMode demoMode;
    private final InvestmentClimate climate;
    private final InvestmentProjects projects;
    private final MotCuaZone zone;
    private final DemoLoading loading;
    private final InvestmentRows rows;
    private final UnitDirectory units;
    private final TransactionTemplate transaction;

    /** A commune of today, the development capital it plans for 2026 (billion đồng) and how busy its registry is. */
    private record Commune(String code, int plan2026, int enterprisesPerMonth) {
    }

    private static final String PROVINCE = "38";
    private static final List<Commune> COMMUNES = List.of(new Commune("15499", 1250, 3), new Commune("15505", 620, 2),
            new Commune("15520", 540, 1), new Commune("15553", 1480, 3), new Commune("15544", 980, 2), new Commune("15568", 460, 1),
            new Commune("15574", 410, 1), new Commune("15592", 700, 2));

    DemoInvestment(DemoMode demoMode, InvestmentClimate climate, InvestmentProjects projects, MotCuaZone zone, DemoLoading loading,
            InvestmentRows rows, UnitDirectory units, TransactionTemplate transaction) {
        this.rows = rows;
        this.units = units;
        this.transaction = transaction;
        this.loading = loading;
        this.demoMode = demoMode;
        this.climate = climate;
        this.projects = projects;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        // Needs no dossier: loaded beside them.
        loading.beside("investment", () -> SystemActor.run(() -> transaction.executeWithoutResult(status -> load())));
    }

    private void load() {
        climate.setPlan(DISTRICT, 2024, new BigDecimal("6600"));
        climate.recordCapital(DISTRICT, LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14), new BigDecimal("1544.4"),
                "Báo cáo quý I năm 2024");
        enterprises(LocalDate.of(2022, 12, 15), 0);
        enterprises(LocalDate.of(2023, 12, 15), 23);
        inspection(LocalDate.of(2024, 1, 10), "Cửa hàng mỹ phẩm tại thị trấn Thọ Xuân", 2, 0, 0, true, "15");
        inspection(LocalDate.of(2024, 1, 22), "Hộ kinh doanh pháo, đồ chơi nguy hiểm dịp Tết", 0, 2, 0, true, "8");
        inspection(LocalDate.of(2024, 1, 30), "Cơ sở kinh doanh thuốc lá điếu nhập lậu", 0, 2, 0, true, "12");
        inspection(LocalDate.of(2024, 2, 19), "Đại lý thức ăn chăn nuôi", 0, 1, 0, true, "5");
        inspection(LocalDate.of(2024, 2, 28), "Cửa hàng xăng dầu trên Quốc lộ 47", 0, 0, 2, true, "20");
        inspection(LocalDate.of(2024, 3, 6), "Chợ Neo, hàng thực phẩm", 0, 0, 0, false, null);
        inspection(LocalDate.of(2024, 3, 12), "Cửa hàng vật liệu xây dựng", 0, 0, 0, false, null);
        projects();
        climate.addOpportunity(SAO_VANG, "Hạ tầng kỹ thuật khu công nghiệp Lam Sơn – Sao Vàng (giai đoạn 2)", "Hạ tầng khu công nghiệp",
                "Xã Sao Vàng (thị trấn Sao Vàng cũ)", new BigDecimal("300"), "Kêu gọi nhà đầu tư hạ tầng khu công nghiệp gắn với cảng hàng không"
                        + " Thọ Xuân; ưu đãi đầu tư theo Nghị định 31/2021/NĐ-CP.",
                "Quy hoạch chung đô thị Lam Sơn – Sao Vàng đến năm 2045; đất công nghiệp đã có trong kế hoạch sử dụng đất.", true);
        climate.addOpportunity(XUAN_LAP, "Cụm công nghiệp Xuân Lai", "Cụm công nghiệp", "Xã Xuân Lập (xã Xuân Lai cũ)", new BigDecimal("50"),
                "Kêu gọi doanh nghiệp đầu tư kinh doanh hạ tầng cụm công nghiệp.", "Quy hoạch phát triển cụm công nghiệp tỉnh Thanh Hóa.",
                true);
        int recent = twoTierClimate();
        int inspected = twoTierInspections();
        log.info("Loaded the demo investment climate: capital, {} enterprises, {} market inspections, 4 projects, 2 opportunities",
                46 + recent, 7 + inspected);
    }

    /** What the market surveillance team inspects in a commune, with what it may find (counterfeit, banned, fraud). */
    private static final List<String> INSPECTED = List.of("Cửa hàng tạp hóa", "Đại lý phân bón, thuốc bảo vệ thực vật",
            "Cửa hàng mỹ phẩm", "Cơ sở kinh doanh bánh kẹo, thực phẩm", "Cửa hàng xăng dầu", "Cửa hàng điện thoại di động, phụ kiện",
            "Cơ sở kinh doanh rượu, bia", "Đại lý thức ăn chăn nuôi", "Cửa hàng thuốc lá", "Cơ sở kinh doanh đồ chơi trẻ em");

    /**
     * The province's market surveillance team in today's communes, from 01/07/2025 to today: two or three inspections a month
     * across the eight communes, in turn, as many a quarter as the district's team made (7 in Q1 2024); about half find a
     * violation, handled with a fine. Subjects and figures are illustrative. Returns how many it recorded.
     */
    private int twoTierInspections() {
        LocalDate today = zone.today();
        int count = 0;
        for (LocalDate month = LocalDate.of(2025, 7, 1); !month.isAfter(today); month = month.plusMonths(1)) {
            int perMonth = 2 + month.getMonthValue() % 2;
            for (int i = 0; i < perMonth; i++) {
                LocalDate on = month.plusDays(4 + i * 9L);
                if (on.isAfter(today)) {
                    break;
                }
                int n = count++;
                Commune commune = COMMUNES.get(n % COMMUNES.size());
                String subject = INSPECTED.get((n * 3) % INSPECTED.size());
                boolean found = n % 2 == 0;
                int counterfeit = found && n % 3 == 0 ? 1 + n % 2 : 0;
                int banned = found && counterfeit == 0 ? 1 + n % 3 : 0;
                int fraud = found && n % 5 == 0 ? 1 : 0;
                climate.recordInspection(commune.code(), on, subject, counterfeit, banned, fraud, found,
                        found ? BigDecimal.valueOf(5L + (n * 7L) % 21) : null, null);
            }
        }
        return count;
    }

    private void enterprises(LocalDate from, int offset) {
        for (int i = 0; i < 23; i++) {
            String trade = TRADES.get((i + offset) % TRADES.size());
            String name = "Công ty TNHH " + trade + " " + NAMES.get((i + offset / 2) % NAMES.size()) + (i >= NAMES.size() ? " " + (i + 1) : "");
            climate.addEnterprise(DISTRICT, name, "28016%05d".formatted(i + offset * 10 + 101), from.plusDays(3 + i * 3L), trade);
        }
    }

    private void inspection(LocalDate on, String subject, int counterfeit, int banned, int fraud, boolean handled, String fine) {
        climate.recordInspection(DISTRICT, on, subject, counterfeit, banned, fraud, handled, fine == null ? null : new BigDecimal(fine),
                null);
    }

    private void projects() {
        LocalDate today = zone.today();
        Project factory = projects.register(new NewProject(DISTRICT, "Nhà máy may xuất khẩu Xuân Lập", "Công ty TNHH May Thọ Xuân",
                "Dệt may", "Xã Xuân Lập", new BigDecimal("250"), new BigDecimal("6.5"), ProjectStatus.CONSTRUCTION, LocalDate.of(2023, 5, 10),
                LocalDate.of(2026, 6, 30)));
        projects.addMilestone(factory.id(), "Hoàn thành giải phóng mặt bằng", LocalDate.of(2023, 12, 31));
        projects.milestoneReached(factory.id(), projects.get(factory.id()).milestones().get(0).id(), LocalDate.of(2023, 12, 20));
        projects.addMilestone(factory.id(), "Hoàn thành nhà xưởng giai đoạn 1", LocalDate.of(2025, 12, 31));
        projects.reportProgress(factory.id(), today.minusDays(80), "Đang lắp dựng khung nhà xưởng giai đoạn 1.", null);
        projects.reportProgress(factory.id(), today.minusDays(20), "Đã lắp dựng khung nhà xưởng, đạt 70% khối lượng giai đoạn 1.", null);

        Project resort = projects.register(new NewProject(DISTRICT, "Khu du lịch sinh thái Hồ Sông Âm", "Công ty CP Đầu tư Du lịch Lam Kinh",
                "Du lịch", "Xã Xuân Lập (xã Xuân Minh cũ)", new BigDecimal("480"), new BigDecimal("42"), ProjectStatus.PREPARING, LocalDate.of(2021, 8, 16),
                LocalDate.of(2024, 12, 31)));
        projects.addMilestone(resort.id(), "Hoàn thành thủ tục giao đất", LocalDate.of(2022, 12, 31));
        projects.reportProgress(resort.id(), LocalDate.of(2024, 5, 15), "Nhà đầu tư chưa nộp hồ sơ giao đất; đề nghị gia hạn.", null);
        projects.recover(resort.id(), "1256/QĐ-UBND", LocalDate.of(2025, 3, 3), false);

        Project market = projects.register(new NewProject(DISTRICT, "Chợ trung tâm và phố chợ Xuân Thiên", "Công ty CP Thương mại Sao Vàng",
                "Thương mại", "Xã Thọ Lập (xã Xuân Thiên cũ)", new BigDecimal("95"), new BigDecimal("2.1"), ProjectStatus.CONSTRUCTION,
                LocalDate.of(2022, 3, 1), LocalDate.of(2025, 3, 1)));
        projects.addMilestone(market.id(), "Đưa khu chợ vào hoạt động", LocalDate.of(2025, 3, 1));
        projects.reportProgress(market.id(), today.minusDays(100), "Hoàn thành 70% hạng mục; còn vướng mặt bằng 3 hộ dân.", null);
        projects.reportProgress(market.id(), today.minusDays(45), "Hoàn thành 80% hạng mục; chậm do vướng mặt bằng 3 hộ dân.", null);

        Project plant = projects.register(new NewProject(DISTRICT, "Nhà máy chế biến nông sản Thọ Hải", "Công ty TNHH Nông sản Lam Sơn",
                "Chế biến nông sản", "Xã Xuân Hòa (xã Thọ Hải cũ)", new BigDecimal("120"), new BigDecimal("4"), ProjectStatus.CONSTRUCTION,
                LocalDate.of(2022, 9, 20), LocalDate.of(2024, 6, 30)));
        projects.reportProgress(plant.id(), LocalDate.of(2024, 6, 20), "Đã hoàn thành xây dựng, chạy thử dây chuyền.", ProjectStatus.OPERATING);
    }

    /**
     * The province's and the communes' capital for each reporting window of 2025 and 2026 that has ended (a window runs
     * from the 15th of a quarter's last month to the 14th three months later; a commune's first from 01/07/2025), and
     * their new enterprises by month. Returns how many enterprises it added.
     */
    private int twoTierClimate() {
        LocalDate today = zone.today();
        climate.setPlan(PROVINCE, 2025, new BigDecimal("145000"));
        climate.setPlan(PROVINCE, 2026, new BigDecimal("160000"));
        String[] province2025 = { "28450.6", "36920.3", "38105.8", "41230.5" };
        String[] province2026 = { "31870.2", "40215.7", "42630.4" };
        for (int q = 0; q < province2025.length; q++) {
            capital(PROVINCE, window(2025, q).from(), window(2025, q).to(), new BigDecimal(province2025[q]), today);
        }
        for (int q = 0; q < province2026.length; q++) {
            capital(PROVINCE, window(2026, q).from(), window(2026, q).to(), new BigDecimal(province2026[q]), today);
        }
        // Shares of the year's plan mobilised in each window, as a commune's capital comes in over the year.
        double[] shares2025 = { 0.41, 0.47 };
        double[] shares2026 = { 0.18, 0.25, 0.27 };
        for (Commune commune : COMMUNES) {
            double lean = 1 + (Integer.parseInt(commune.code()) % 7) / 100.0;
            BigDecimal plan2025 = BigDecimal.valueOf(Math.round(commune.plan2026() * 0.45));
            climate.setPlan(commune.code(), 2025, plan2025);
            climate.setPlan(commune.code(), 2026, BigDecimal.valueOf(commune.plan2026()));
            capital(commune.code(), LocalDate.of(2025, 7, 1), window(2025, 2).to(), tenths(plan2025.doubleValue() * shares2025[0] * lean), today);
            capital(commune.code(), window(2025, 3).from(), window(2025, 3).to(), tenths(plan2025.doubleValue() * shares2025[1] / lean), today);
            for (int q = 0; q < shares2026.length; q++) {
                capital(commune.code(), window(2026, q).from(), window(2026, q).to(), tenths(commune.plan2026() * shares2026[q] * lean), today);
            }
        }
        List<Long> unitIds = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        List<String> codes = new java.util.ArrayList<>();
        List<LocalDate> days = new java.util.ArrayList<>();
        List<String> sectors = new java.util.ArrayList<>();
        int serial = 0;
        for (LocalDate month = LocalDate.of(2025, 1, 1); !month.isAfter(today); month = month.plusMonths(1)) {
            int m = month.getMonthValue();
            serial = founded(PROVINCE, month, 5 + m % 4, today, serial, unitIds, names, codes, days, sectors);
            if (!month.isBefore(LocalDate.of(2025, 7, 1))) {
                for (int i = 0; i < COMMUNES.size(); i++) {
                    Commune commune = COMMUNES.get(i);
                    serial = founded(commune.code(), month, commune.enterprisesPerMonth() + (m + i) % 2, today, serial, unitIds, names, codes,
                            days, sectors);
                }
            }
        }
        return rows.addEnterprises(unitIds, names, codes, days, sectors);
    }

    private record Window(LocalDate from, LocalDate to) {
    }

    /** The reporting window of quarter {@code q} (0 to 3) of a year: 15/12 of the year before to 14/03, and so on. */
    private static Window window(int year, int q) {
        LocalDate from = LocalDate.of(year - 1, 12, 15).plusMonths(3L * q);
        return new Window(from, from.plusMonths(3).minusDays(1));
    }

    private void capital(String unitCode, LocalDate from, LocalDate to, BigDecimal mobilised, LocalDate today) {
        if (!to.isAfter(today)) {
            climate.recordCapital(unitCode, from, to, mobilised, "Báo cáo của đơn vị (số liệu minh họa)");
        }
    }

    private static BigDecimal tenths(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1);
    }

    /** Enterprises founded in a unit in a month, spread over its days and never after today; returns the next serial. */
    private int founded(String unitCode, LocalDate month, int count, LocalDate today, int serial, List<Long> unitIds, List<String> names,
            List<String> codes, List<LocalDate> days, List<String> sectors) {
        int next = serial;
        for (int i = 0; i < count; i++) {
            LocalDate day = month.plusDays(Math.min(month.lengthOfMonth() - 1, 2 + i * 27L / count + next % 3));
            if (day.isAfter(today)) {
                break;
            }
            Unit unit = units.find(unitCode, day).orElseThrow();
            String trade = TRADES.get(next % TRADES.size());
            unitIds.add(unit.id());
            names.add("Công ty TNHH " + trade + " " + NAMES.get((next / TRADES.size()) % NAMES.size()) + " " + (next + 1));
            codes.add("28017%05d".formatted(next + 1));
            days.add(day);
            sectors.add(trade);
            next++;
        }
        return next;
    }
}
