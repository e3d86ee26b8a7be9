package vn.motcua.portal;

import java.util.Collection;
import java.util.Set;

/**
 * Which submissions had their fee paid online before the desk received them. The payments module
 * answers it: payments depends on portal (it reads the submission a citizen pays for), so portal asks
 * through this interface instead of depending back on payments. Without payments, none is paid.
 */
public interface PaidSubmissions {

    Set<Long> paidOnline(Collection<Long> submissionIds);

    /**
     * Whether the province of a submission's receiving agency has an online payment gateway, so that
     * offering "Nộp phí trực tuyến" leads somewhere; the procedure's own willingness is asked separately.
     * Without payments, none is.
     */
    default boolean gatewayReady(String agencyCode) {
        return false;
    }
}
