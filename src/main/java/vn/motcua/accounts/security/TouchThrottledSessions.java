package vn.motcua.accounts.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store, writing a session's last access time at most once a minute. Spring Session
 * moves that time on every request and its JDBC store then writes the row: a transaction for every
 * request of every signed-in user, to learn when the session was last used to within a second. A
 * minute is enough to end idle sessions after 30 minutes; a session may so end up to a minute early.
 * Anything else that changes a session (signing in, an attribute) is written as before.
 */
final class TouchThrottledSessions implements FindByIndexNameSessionRepository<TouchThrottledSessions.TouchedSession> {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings("unchecked")
    TouchThrottledSessions(JdbcIndexedSessionRepository store) {
        // The JDBC store's session type is not public; every session it is given is one it made.
        this.store = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
    }

    @Override
    public TouchedSession createSession() {
        return new TouchedSession(store.createSession());
    }

    @Override
    public void save(TouchedSession session) {
        store.save(session.stored);
    }

    @Override
    public TouchedSession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new TouchedSession(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, TouchedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new TouchedSession(e.getValue())));
    }

    /** A stored session whose last access time moves only when it is a minute old. */
    static final class TouchedSession implements Session {

        private final Session stored;

        private TouchedSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(RESOLUTION))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
