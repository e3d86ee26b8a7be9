package vn.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The demo's merchant account: loaded with the demo data so the demo citizen is offered online payment,
 * at VNPAY's public sandbox with credentials that say they are demo ones, never the secret shown.
 */
@DemoSystemTest
class DemoMerchantTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoConfiguresThanhHoasMerchantAtTheVnpaySandboxWithDemoCredentials() {
        ApiClient api = new ApiClient(port);
        // Other tests may set the province's account afterwards (the simulator's); the audit trail keeps what the demo set.
        String trail = api.get("/api/v1/audit?entityType=payment-merchant&size=200", "admin", "demo").body();
        assertThat(trail).contains("DEMOSANDBOX").contains("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html")
                .doesNotContain("DEMO-SANDBOX-SECRET");
        ApiClient.Answer merchants = api.get("/api/v1/payments/merchants", "admin", "demo");
        assertThat(merchants.status()).isEqualTo(200);
        assertThat(merchants.body()).contains("\"38\"").doesNotContain("DEMO-SANDBOX-SECRET");
    }
}
