package vn.motcua.payments.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.payments.GatewayNotifications;

/**
 * The IPN address registered at the gateway (VNPAY calls it with GET and the signed fields as the
 * query): public, since the gateway's server has no account; the signature is what is checked. POST
 * with the same fields as a form is taken too.
 */
@RestController
class GatewayNotificationApi {

    private final GatewayNotifications notifications;

    GatewayNotificationApi(GatewayNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/public/payments/vnpay/ipn")
    GatewayNotifications.Answer notified(@RequestParam Map<String, String> fields) {
        return notifications.confirm(fields);
    }

    @PostMapping("/api/v1/public/payments/vnpay/ipn")
    GatewayNotifications.Answer posted(@RequestParam Map<String, String> fields) {
        return notifications.confirm(fields);
    }
}
