package vn.motcua.payments;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.payments.internal.MerchantRows;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/**
 * Tài khoản đơn vị chấp nhận thanh toán: each province's merchant account at the payment gateway,
 * set by administrators (or from {@code motcua.payments.merchants} at start) and audited; its secret
 * is written, never read back.
 */
@Service
public class ProvinceMerchants {

    private final MerchantRows rows;
    private final PublicRegister register;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MotCuaZone zone;

    ProvinceMerchants(MerchantRows rows, PublicRegister register, AuditTrail audit, CurrentUser currentUser, Clock clock,
            MotCuaZone zone) {
        this.zone = zone;
        this.rows = rows;
        this.register = register;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Merchant> all() {
        return rows.all();
    }

    /** Sets the province's account; a new account needs its secret, a blank one keeps the stored secret. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Merchant configure(String provinceCode, MerchantSettings settings) {
        Unit province = register.unit(provinceCode, zone.today())
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .orElseThrow(() -> new InvalidInputException("provinceCode", "payments.merchant.province", provinceCode));
        if (settings.merchantCode() == null || !settings.merchantCode().trim().matches("[A-Za-z0-9]{1,20}")) {
            throw new InvalidInputException("merchantCode", "payments.merchant.code");
        }
        if (!web(settings.gatewayUrl())) {
            throw new InvalidInputException("gatewayUrl", "payments.merchant.url");
        }
        if (settings.returnUrl() != null && !settings.returnUrl().isBlank() && !web(settings.returnUrl())) {
            throw new InvalidInputException("returnUrl", "payments.merchant.url");
        }
        String secret = settings.secret() == null || settings.secret().isBlank() ? null : settings.secret().trim();
        if (secret != null && secret.length() > 200) {
            throw new InvalidInputException("secret", "payments.merchant.secret-long");
        }
        boolean known = rows.ofProvince(province.code()).isPresent();
        if (secret == null && !known) {
            throw new InvalidInputException("secret", "payments.merchant.secret");
        }
        rows.save(province.code(), settings.merchantCode().trim(), secret, settings.gatewayUrl().trim(),
                settings.returnUrl() == null || settings.returnUrl().isBlank() ? null : settings.returnUrl().trim(), clock.instant(),
                currentUser.username());
        audit.record("payment.merchant-configured", "payment-merchant", province.code(),
                "Cấu hình tài khoản thanh toán trực tuyến của " + province.name(), null,
                Map.of("merchantCode", settings.merchantCode().trim(), "gatewayUrl", settings.gatewayUrl().trim(), "secretChanged",
                        secret != null));
        return rows.all().stream().filter(m -> m.provinceCode().equals(province.code())).findFirst().orElseThrow();
    }

    private static boolean web(String url) {
        return url != null && url.trim().matches("https?://[^\\s]+") && url.trim().length() <= 500;
    }
}
