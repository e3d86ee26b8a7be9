package vn.motcua.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many anonymous requests of one kind a client address may make in a minute (the citizens'
 * status lookup, the public feedback form). Counted in the database, so every instance behind the
 * load balancer counts the same requests; counts older than ten minutes are cleared as new minutes
 * begin.
 */
@Component
public class PublicAllowance {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicAllowance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts this request of {@code purpose} from {@code client}; refuses it with {@code messageCode}
     * (429) once the client has made more than {@code perMinute} in the current minute.
     */
    public void admit(String purpose, String client, int perMinute, String messageCode) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int count = jdbc.sql("""
                insert into shared_public_attempt (purpose, client, minute, count) values (?, ?, ?, 1)
                on conflict (purpose, client, minute) do update set count = shared_public_attempt.count + 1 returning count""")
                .params(purpose, client.length() > 64 ? client.substring(0, 64) : client, OffsetDateTime.ofInstant(minute, ZoneOffset.UTC))
                .query(Integer.class).single();
        if (count == 1) {
            jdbc.sql("delete from shared_public_attempt where minute < ?")
                    .param(OffsetDateTime.ofInstant(minute.minus(10, ChronoUnit.MINUTES), ZoneOffset.UTC)).update();
        }
        if (count > perMinute) {
            throw new TooManyRequestsException(messageCode);
        }
    }
}
