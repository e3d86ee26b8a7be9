package vn.motcua.dossiers.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.calendar.core.OfficeHours;
import vn.motcua.calendar.core.WorkingSchedule;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.procedures.InterAgency;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/**
 * What the lifecycle tests share: the real working schedule (office hours 07:00–11:30 and 13:30–17:00,
 * Monday to Friday, no holidays), a commune procedure of 3 working days in three steps (4 + 16 + 4
 * hours), and a dossier received online at a commune on Monday 2 March 2026 at 09:00.
 */
final class LifecycleFixture {

    static final WorkingSchedule SCHEDULE = new WorkingSchedule(OfficeHours.standard(), List.of(), Map.of(), 2020, 2030);

    static final DeadlineRules DEADLINES = new DeadlineRules() {
        @Override
        public Optional<Instant> due(Instant from, WorkingDuration duration, List<StoppedInterval> stops) {
            return SCHEDULE.due(from, duration, stops);
        }

        @Override
        public Duration workingTimeBetween(Instant from, Instant to, List<StoppedInterval> stops) {
            return SCHEDULE.workingTimeBetween(from, to, stops);
        }

        @Override
        public Timeliness classify(Instant completedAt, Instant dueAt) {
            return SCHEDULE.classify(completedAt, dueAt);
        }

        @Override
        public ZoneId zone() {
            return OfficeHours.standard().zone();
        }
    };

    static final ProcedureVersion MARITAL_STATUS = new ProcedureVersion(11, "1.004873", LocalDate.of(2020, 1, 1), "QĐ 1/2020",
            "", new ProcedureContent("Cấp Giấy xác nhận tình trạng hôn nhân", "ho-tich", "Hộ tịch", UnitLevel.COMMUNE,
                    AgencyKind.PEOPLES_COMMITTEE, 3, null, null, null, "Giấy xác nhận", OnlineKind.FULL, true, InterAgency.NONE,
                    true, false, true, true, true, List.of(), List.of(),
                    List.of(new ProcedureStep("Tiếp nhận", "CLERK", 4), new ProcedureStep("Thẩm định", "SPECIALIST", 16),
                            new ProcedureStep("Phê duyệt", "LEADER", 4)), false, List.of()));

    static final Instant RECEIVED_AT = at("2026-03-02T09:00:00+07:00");

    static final DossierFacts FACTS = new DossierFacts("H56.71-260302-0001", 7, 3, "1.004873", 11, "ho-tich",
            Channel.ONLINE_FULL, new Applicant("Nguyễn Văn An", "038090011111", null, "0912345678", null, null), List.of(), 5000,
            RECEIVED_AT);

    static final DossierLifecycle LIFECYCLE = new DossierLifecycle(DEADLINES);

    private LifecycleFixture() {
    }

    static Instant at(String vietnamTime) {
        return OffsetDateTime.parse(vietnamTime).toInstant();
    }
}
