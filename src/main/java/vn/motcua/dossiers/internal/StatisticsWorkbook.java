package vn.motcua.dossiers.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.dossiers.ProcedureStatistics.LateOfficer;
import vn.motcua.dossiers.ProcedureStatistics.LateStep;
import vn.motcua.dossiers.ProcedureStatistics.LevelBlock;
import vn.motcua.dossiers.ProcedureStatistics.Line;
import vn.motcua.dossiers.ProcedureStatistics.Statistics;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.UnitLevel;

/** Biểu 06/VPCP/KSTT as a workbook: the table by level and field, then the late hand-overs and the officers behind them. */
@Component
public class StatisticsWorkbook {

    /** The columns of Biểu 06, with the column MotCua adds so every line adds up and the dossiers paid online. */
    public static final List<String> COLUMNS = List.of("STT", "Lĩnh vực, công việc giải quyết theo cấp",
            "Số hồ sơ nhận giải quyết — Tổng số", "Từ kỳ trước chuyển qua", "Mới tiếp nhận trực tuyến",
            "Mới tiếp nhận trực tiếp, dịch vụ bưu chính", "Đã giải quyết — Tổng số", "Trả trước hạn", "Trả đúng thời hạn",
            "Trả quá hạn", "Đang giải quyết — Tổng số", "Chưa đến hạn", "Quá hạn", "Từ chối, rút, dừng giải quyết",
            "Thanh toán phí, lệ phí trực tuyến");

    private final VietnameseFormat format;

    StatisticsWorkbook(VietnameseFormat format) {
        this.format = format;
    }

    public byte[] write(Statistics statistics) {
        TableWorkbook workbook = new TableWorkbook("Biểu 06");
        workbook.title("Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP)");
        workbook.title("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        workbook.title(statistics.unitName() + " — từ ngày " + format.date(statistics.from()) + " đến ngày "
                + format.date(statistics.to()));
        // The label column wide enough for a field's name; the thirteen figures narrow, their names wrapped above them.
        workbook.widths(5, 30, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11);
        workbook.header(COLUMNS);
        int number = 0;
        for (LevelBlock block : statistics.levels()) {
            workbook.row(cells(null, levelName(block.level()), block.subtotal()));
            for (Line line : block.fields()) {
                workbook.row(cells(++number, line.fieldName(), line));
            }
        }
        workbook.row(cells(null, "Tổng cộng", statistics.total()));

        workbook.sheet("Hồ sơ trễ hạn");
        workbook.title("CÁC BƯỚC XỬ LÝ TRỄ HẠN");
        workbook.widths(5, 20, 36, 24, 24, 14, 17, 11);
        workbook.header(List.of("STT", "Mã hồ sơ", "Thủ tục", "Cơ quan", "Bước", "Cán bộ", "Thời điểm chuyển",
                "Trễ (giờ làm việc)"));
        int n = 0;
        for (LateStep step : statistics.lateSteps()) {
            workbook.row(List.of(++n, step.dossierCode(), step.procedureName(), step.agencyName(),
                    (step.step() + 1) + (step.stepName() == null ? "" : ". " + step.stepName()), step.officer(),
                    format.dateTime(step.at()), step.lateHours()));
        }
        workbook.title("");
        workbook.title("TỔNG HỢP THEO CÁN BỘ");
        workbook.header(List.of("STT", "Cơ quan", "Cán bộ", "Số lần chuyển trễ", "Tổng số giờ trễ"));
        n = 0;
        for (LateOfficer officer : statistics.lateOfficers()) {
            workbook.row(List.of(++n, officer.agencyName(), officer.officer(), officer.handovers(), officer.lateHours()));
        }
        return workbook.bytes();
    }

    private static List<Object> cells(Integer number, String label, Line line) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(label);
        cells.addAll(List.of(line.received(), line.carriedOver(), line.receivedOnline(), line.receivedAtCounter(), line.resolved(),
                line.resolvedEarly(), line.resolvedOnTime(), line.resolvedLate(), line.inProgress(), line.inProgressWithinTime(),
                line.inProgressOverdue(), line.endedOtherwise(), line.paidOnline()));
        return cells;
    }

    public static String levelName(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "Cấp tỉnh";
            case DISTRICT -> "Cấp huyện";
            case COMMUNE -> "Cấp xã";
        };
    }
}
