package vn.motcua.accounts.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every signed-in session of an account, on every instance: the sessions live in the shared
 * table and each is found by its account's name. Called when an account is disabled, its password
 * is set or changed, or its roles change, so nobody keeps working under what the account no longer is.
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends them once the change that calls for it commits: ended earlier, the account's owner could
     * sign in again in between with what the change is taking away, and keep that session afterwards.
     */
    public void endAllOf(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(username);
                }
            });
        } else {
            endNow(username);
        }
    }

    private void endNow(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
