package vn.motcua.signatures.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Chứng thư tự cấp: a key pair and a certificate issued by itself, for the demo's agencies (labelled
 * "chứng thư thử nghiệm" in its subject) — never a certificate of a real certification authority.
 * The key is ECDSA on P-256: a 2048-bit RSA key costs about a second of CPU to find its primes in a JVM
 * started as {@code spring-boot:run} starts it (C1 only, without the big-number intrinsics), and the
 * demo's first start makes several; P-256 gives the same strength as RSA-3072 in milliseconds.
 */
public final class SelfIssuedCertificates {

    /** The key, its certificate and the same as a PKCS#12 keystore under the password. */
    public record Issued(PadesSigner.SigningKey key, X509Certificate certificate, byte[] pkcs12, String password) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfIssuedCertificates() {
    }

    /** @param commonName the name the certificate gives its holder; {@code organisation} its agency */
    public static Issued issue(String commonName, String organisation, String unit, Instant notBefore, Instant notAfter,
            String password) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation);
            if (unit != null) {
                name.addRDN(BCStyle.OU, unit);
            }
            name.addRDN(BCStyle.CN, commonName);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name.build(), new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                    Date.from(notBefore), Date.from(notAfter), name.build(), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return new Issued(new PadesSigner.SigningKey(pair.getPrivate(), java.util.List.of(certificate), null), certificate,
                    out.toByteArray(), password);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("A self-issued certificate could not be made: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
