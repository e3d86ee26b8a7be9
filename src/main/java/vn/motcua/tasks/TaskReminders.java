package vn.motcua.tasks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.MotCuaZone;
import vn.motcua.tasks.internal.TaskRows;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * Nhắc việc: every morning each agency gets an in-app notice of its open tasks due within 7 days
 * and overdue; leaders see a board of late tasks by agency. Safe to run on every instance.
 */
@Service
public class TaskReminders {

    private final TaskRows rows;
    private final AgencyDirectory agencies;
    private final MotCuaZone zone;

    TaskReminders(TaskRows rows, AgencyDirectory agencies, MotCuaZone zone) {
        this.rows = rows;
        this.agencies = agencies;
        this.zone = zone;
    }

    /** Writes today's digest for every agency with tasks due soon or overdue; returns how many agencies got one. */
    @Scheduled(cron = "${motcua.tasks.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int digest() {
        LocalDate today = zone.today();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (TaskRows.StoredTask t : rows.tasks()) {
            if (t.status() != Task.Status.OPEN) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.ownerAgencyId(), k -> new int[2]);
            if (today.isAfter(t.deadline())) {
                c[1]++;
            } else if (!t.deadline().isAfter(today.plusDays(7))) {
                c[0]++;
            }
        }
        int written = 0;
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] + e.getValue()[1] > 0) {
                rows.notice(e.getKey(), today, "Nhắc việc ngày " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ": " + e.getValue()[0] + " nhiệm vụ đến hạn trong 7 ngày, "
                        + e.getValue()[1] + " nhiệm vụ đã quá hạn.");
                written++;
            }
        }
        return written;
    }

    /** The latest digests of an agency. */
    @Transactional(readOnly = true)
    public List<String> notices(long agencyId) {
        return rows.notices(agencyId);
    }

    /** Late tasks (overdue, or done after their deadline) by owner agency within the caller's reach. */
    @Transactional(readOnly = true)
    public Map<Agency, Long> lateByAgency(List<Task> tasks) {
        Map<String, Agency> byCode = new LinkedHashMap<>();
        agencies.agencies().forEach(a -> byCode.put(a.code(), a));
        Map<Agency, Long> board = new LinkedHashMap<>();
        tasks.stream().filter(t -> t.standing() == Task.Standing.OVERDUE || t.standing() == Task.Standing.LATE)
                .forEach(t -> board.merge(byCode.get(t.ownerAgencyCode()), 1L, Long::sum));
        board.remove(null);
        return board;
    }
}
