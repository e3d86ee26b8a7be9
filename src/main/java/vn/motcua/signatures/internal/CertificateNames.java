package vn.motcua.signatures.internal;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** The parts of a certificate's subject a person reads: who (CN) and for which organisation (O). */
public final class CertificateNames {

    private CertificateNames() {
    }

    public static String commonName(X509Certificate certificate) {
        return part(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), BCStyle.CN);
    }

    public static String organisation(X509Certificate certificate) {
        return part(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), BCStyle.O);
    }

    public static String issuerName(X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        String name = part(issuer, BCStyle.CN);
        return name.isEmpty() ? issuer.toString() : name;
    }

    static String part(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
