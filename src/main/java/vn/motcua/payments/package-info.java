/**
 * Thanh toán phí, lệ phí trực tuyến: fee orders (đơn thanh toán) a citizen sends to the province's
 * payment gateway for a dossier's fees or a submission's before the desk receives it (recorded on the
 * dossier the submission becomes; portal asks whether one is paid through its {@link vn.motcua.portal.PaidSubmissions}), the gateway's protocol (VNPAY 2.1.0: signed redirect, signed
 * server-to-server notification), the verified notification that alone marks a fee paid and records it
 * on the dossier, the electronic payment receipt (biên lai điện tử), and the payment measures. Publishes
 * {@link vn.motcua.payments.PaymentReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
        allowedDependencies = { "shared", "audit", "units", "procedures", "dossiers", "portal", "files", "documents" })
package vn.motcua.payments;
