/**
 * Thanh toán phí, lệ phí trực tuyến: fee orders (đơn thanh toán) a citizen sends to the province's
 * payment gateway for a dossier's fees, the gateway's protocol (VNPAY 2.1.0: signed redirect, signed
 * server-to-server notification), the verified notification that alone marks a fee paid and records it
 * on the dossier, the electronic payment receipt (biên lai điện tử), and the payment measures. Publishes
 * {@link vn.motcua.payments.PaymentReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
        allowedDependencies = { "shared", "audit", "units", "dossiers", "files", "documents" })
package vn.motcua.payments;
