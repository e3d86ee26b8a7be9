package vn.motcua.payments.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.payments.MerchantSettings;
import vn.motcua.payments.ProvinceMerchants;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;

/**
 * The demo's merchant account for Thanh Hóa, so the demo citizen sees the pay button: VNPAY's public
 * sandbox address with a merchant code and secret that are plainly demo values. The sandbox refuses
 * them (it knows only terminals it issued); an installation that wants to try the round trip registers its
 * own sandbox terminal and sets its code and secret on the administrators' page. Written once, with the
 * demo data, before any account configured at start ({@link ConfiguredMerchants}, later in order) or by an
 * administrator, which replace it.
 */
@Component
@Order(55)
class DemoMerchant implements ApplicationRunner {

    static final String PROVINCE = "38";
    static final String MERCHANT_CODE = "DEMOSANDBOX";
    static final String SECRET = "DEMO-SANDBOX-SECRET-NOT-A-REAL-VNPAY-KEY";
    static final String SANDBOX = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";

    private static final Logger log = LoggerFactory.getLogger(DemoMerchant.class);

    private final DemoMode demoMode;
    private final ProvinceMerchants merchants;

    DemoMerchant(DemoMode demoMode, ProvinceMerchants merchants) {
        this.demoMode = demoMode;
        this.merchants = merchants;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        SystemActor.run(() -> merchants.configure(PROVINCE, new MerchantSettings(MERCHANT_CODE, SECRET, SANDBOX, null)));
        log.info("Demo payment merchant {} (VNPAY sandbox, demo credentials) configured for province {}", MERCHANT_CODE, PROVINCE);
    }
}
