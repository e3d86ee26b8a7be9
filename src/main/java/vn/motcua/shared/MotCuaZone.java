package vn.motcua.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The time zone the administration works in (Asia/Ho_Chi_Minh unless configured) and today's date there. */
@Component
public class MotCuaZone {

    private final ZoneId id;
    private final Clock clock;

    public MotCuaZone(@Value("${motcua.time-zone:Asia/Ho_Chi_Minh}") String zone, Clock clock) {
        this.id = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId id() {
        return id;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(id));
    }
}
