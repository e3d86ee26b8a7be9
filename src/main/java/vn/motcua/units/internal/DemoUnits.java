package vn.motcua.units.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.AgencyDesk;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.NewAgency;
import vn.motcua.units.NewUnit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitKind;
import vn.motcua.units.UnitLevel;

/**
 * Demo data of this module: Thanh Hóa → Thọ Xuân → its 30 communes until 30/06/2025, the 8
 * communes that replaced them from 01/07/2025 with the mergers, the People's Committee of each
 * unit and the district's 11 specialised departments. Loaded through the services, so the audit
 * trail shows it.
 */
@Component
@Order(10)
class DemoUnits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);

    static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_THREE_TIER_DAY = REORGANISATION.minusDays(1);
    private static final String PROVINCE_SUFFIX = ".H56";

    /**
     * The province's specialised agencies after its reorganisation of 1 March 2025 (Thanh Hóa kept 14
     * departments and equivalents), coded 000.00.50–63.H56 in the demo, apart from the districts' codes.
     */
    static final List<String> PROVINCE_DEPARTMENTS = List.of("Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính",
            "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
            "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ", "Thanh tra tỉnh");
    private static final List<String> DEPARTMENTS = List.of("Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
            "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Thanh tra", "Phòng Kinh tế - Hạ tầng",
            "Phòng Nông nghiệp và Phát triển nông thôn");
    /**
     * The boards and centres directly under the district's People's Committee: the seed counts four (row 4.1.2) without
     * naming them; these are the kinds a district of Thanh Hóa kept in 2024.
     */
    private static final List<String> CENTRES = List.of("Ban Quản lý dự án đầu tư xây dựng",
            "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
            "Ban Quản lý Di tích lịch sử Lê Hoàn");

    /** The office hours of the working calendar, as a notice at the desk says them. */
    private static final String DESK_HOURS = "Thứ Hai đến thứ Sáu: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00 (trừ ngày lễ, Tết)";

    private final DemoMode demoMode;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;

    DemoUnits(DemoMode demoMode, UnitDirectory units, AgencyDirectory agencies, TransactionTemplate transaction) {
        this.demoMode = demoMode;
        this.units = units;
        this.agencies = agencies;
        this.transaction = transaction;
    }

    record Row(String code, String name, String kind, UnitLevel level, String parentCode, LocalDate validFrom,
            LocalDate validTo, String mergedInto) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        log.info("Loading demo units of Thọ Xuân (Thanh Hóa)");
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load(readRows())));
    }

    private void load(List<Row> rows) {
        for (Row row : rows) {
            units.create(new NewUnit(row.code(), row.name(), row.level(), row.kind(), row.parentCode(), row.validFrom(),
                    row.validTo()));
        }
        for (Row row : rows) {
            if (row.mergedInto() != null) {
                units.recordSuccession(row.code(), row.mergedInto(), REORGANISATION);
            }
        }
        createAgencies(rows);
    }

    private void createAgencies(List<Row> rows) {
        int oldCommune = 31;
        int newCommune = 71;
        for (Row row : rows) {
            LocalDate on = row.validTo() != null ? row.validTo() : row.validFrom() != null ? row.validFrom() : LAST_THREE_TIER_DAY;
            String name = "UBND " + row.kind() + " " + placeName(row.name());
            String code = switch (row.level()) {
                case PROVINCE -> "000.00.00" + PROVINCE_SUFFIX;
                case DISTRICT -> "000.00.14" + PROVINCE_SUFFIX;
                case COMMUNE -> row.validTo() != null ? "000." + (oldCommune++) + ".14" + PROVINCE_SUFFIX
                        : "000.00." + (newCommune++) + PROVINCE_SUFFIX;
            };
            agencies.create(new NewAgency(code, name, row.code(), AgencyKind.PEOPLES_COMMITTEE, on));
            if (row.validTo() == null) {
                // The desks people go to today: the demo's status and procedure pages say where and when.
                agencies.describeDesk(code, new AgencyDesk("Bộ phận Một cửa, trụ sở " + name
                        + (row.level() == UnitLevel.PROVINCE ? "" : ", tỉnh Thanh Hóa"), DESK_HOURS));
            }
            if (row.level() == UnitLevel.PROVINCE) {
                for (int i = 0; i < PROVINCE_DEPARTMENTS.size(); i++) {
                    String department = PROVINCE_DEPARTMENTS.get(i);
                    agencies.create(new NewAgency(String.format("000.00.%02d%s", 50 + i, PROVINCE_SUFFIX),
                            department.endsWith("tỉnh") ? department + " Thanh Hóa" : department + " tỉnh Thanh Hóa", row.code(),
                            AgencyKind.DEPARTMENT, on));
                }
            }
            if (row.level() == UnitLevel.DISTRICT) {
                for (int i = 0; i < DEPARTMENTS.size(); i++) {
                    String department = DEPARTMENTS.get(i);
                    String departmentName = department + " huyện " + placeName(row.name());
                    agencies.create(new NewAgency(String.format("000.%02d.14%s", i + 1, PROVINCE_SUFFIX), departmentName,
                            row.code(), AgencyKind.DEPARTMENT, on));
                }
                for (int i = 0; i < CENTRES.size(); i++) {
                    agencies.create(new NewAgency(String.format("000.%02d.14%s", DEPARTMENTS.size() + i + 1, PROVINCE_SUFFIX),
                            CENTRES.get(i) + (CENTRES.get(i).endsWith("Lê Hoàn") ? "" : " huyện " + placeName(row.name())), row.code(),
                            AgencyKind.CENTER, on));
                }
            }
        }
    }

    /** "Huyện Thọ Xuân" → "Thọ Xuân": the name without its kind. */
    private static String placeName(String name) {
        for (UnitKind kind : UnitKind.values()) {
            String label = kind.label();
            if (name.toLowerCase(java.util.Locale.forLanguageTag("vi")).startsWith(label + " ")) {
                return name.substring(label.length() + 1);
            }
        }
        return name;
    }

    private static List<Row> readRows() {
        List<Row> rows = new ArrayList<>();
        ClassPathResource resource = new ClassPathResource("demo/tho-xuan-units.tsv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], f[1], f[2], UnitLevel.valueOf(f[3]), blankToNull(f[4]), date(f[5]), date(f[6]),
                        blankToNull(f[7])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo units", e);
        }
        return rows;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }
}
