package vn.motcua.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.notifications.NotificationChannel;
import vn.motcua.notifications.OutboxMessage;

/**
 * Sends what the outbox holds: right after an action commits (woken on a thread of its own, so the
 * clerk never waits for a mail server) and on a timer for retries. Each batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share the work and never send a message
 * twice. A failed attempt is retried after 1, 2, 4 … minutes, at most an hour apart; after the last
 * attempt the message is marked FAILED and stays for an administrator to send again.
 */
@Component
public class Dispatcher implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final Map<NotificationChannel, Courier> couriers = new EnumMap<>(NotificationChannel.class);
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxAttempts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notifications");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    Dispatcher(Outbox outbox, List<Courier> couriers, TransactionTemplate transactions, Clock clock,
            @Value("${motcua.notifications.max-attempts:12}") int maxAttempts) {
        this.outbox = outbox;
        couriers.forEach(c -> this.couriers.put(c.channel(), c));
        this.transactions = transactions;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Asks for a sending round soon; several wake-ups before it starts make one round. */
    public void wakeUp() {
        if (woken.compareAndSet(false, true)) {
            worker.execute(() -> {
                woken.set(false);
                sendDue();
            });
        }
    }

    @Scheduled(fixedDelayString = "${motcua.notifications.retry-every:PT1M}", initialDelayString = "PT20S")
    void onTimer() {
        sendDue();
    }

    /** Sends every message due now, batch by batch; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Integer[] round = new Integer[2];
            transactions.executeWithoutResult(status -> {
                List<OutboxMessage> due = outbox.claimDue(clock.instant(), BATCH);
                int ok = 0;
                for (OutboxMessage message : due) {
                    if (send(message)) {
                        ok++;
                    }
                }
                round[0] = due.size();
                round[1] = ok;
            });
            sent += round[1];
            if (round[0] < BATCH) {
                return sent;
            }
        }
    }

    private boolean send(OutboxMessage message) {
        Instant now = clock.instant();
        Courier courier = couriers.get(message.channel());
        try {
            if (courier == null || !courier.configured()) {
                throw new IllegalStateException("Kênh " + message.channel() + " chưa được cấu hình");
            }
            courier.deliver(message.recipient(), message.subject(), message.body());
            outbox.sent(message.id(), now);
            return true;
        } catch (Exception e) {
            int attempt = message.attempts() + 1;
            boolean giveUp = attempt >= maxAttempts;
            long minutes = Math.min(60, 1L << Math.min(attempt - 1, 6));
            String reason = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage());
            outbox.failed(message.id(), reason.substring(0, Math.min(500, reason.length())), now.plus(Duration.ofMinutes(minutes)),
                    giveUp);
            LOG.warn("Message {} to {} not sent (attempt {}{}): {}", message.id(), message.channel(), attempt,
                    giveUp ? ", giving up" : "", reason);
            return false;
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
