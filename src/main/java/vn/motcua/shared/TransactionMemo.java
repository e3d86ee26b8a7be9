package vn.motcua.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers what a read-only transaction has read, for the rest of that transaction. A report reads
 * the catalogue, the unit tree and the agencies a few hundred times while it computes its rows;
 * within one read-only transaction nothing it does can change them, so the first read serves the
 * others. Outside a read-only transaction every call reads again, so a change is never hidden from
 * the transaction that makes it.
 */
public final class TransactionMemo {

    private static final Object RESOURCE = new Object();

    private TransactionMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T remember(Object key, Supplier<T> reader) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return reader.get();
        }
        Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo == null) {
            Map<Object, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            memo = created;
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = reader.get();
        memo.put(key, value);
        return value;
    }
}
