package vn.motcua.signatures.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Chứng thư tự cấp: a key pair and a certificate issued by itself, for the demo's agencies (labelled
 * "chứng thư thử nghiệm" in its subject) — never a certificate of a real certification authority.
 * The key is ECDSA on P-256: a 2048-bit RSA key costs about a second of CPU to find its primes in a JVM
 * started as {@code spring-boot:run} starts it (C1 only, without the big-number intrinsics), and the
 * demo's first start makes several; P-256 gives the same strength as RSA-3072 in milliseconds.
 */
public final class SelfIssuedCertificates {

    /** The keystore's entry: the name Java's own keystores give a key pair's certificate and key. */
    private static final String ALIAS = "signing";
    private static final int ROUNDS = 1_000;
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

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
            byte[] pkcs12 = pkcs12(pair, certificate, password.toCharArray());
            return new Issued(new PadesSigner.SigningKey(pair.getPrivate(), java.util.List.of(certificate), null), certificate,
                    pkcs12, password);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new IllegalStateException("A self-issued certificate could not be made: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key and its certificate as a PKCS#12 keystore (AES-256 for both bags, an HMAC-SHA-256 seal), read by Java's own
     * {@code KeyStore} like any agency's. The demo gives each a password of 144 random bits, kept sealed under the
     * installation's master key beside the keystore ({@link KeyVault}), so the password-stretching work PKCS#12 asks for
     * human passwords (Java's 10.000 rounds for each of the three) adds no strength there; it cost the demo's first start over a second
     * of CPU on the machine's two cores — nine keystores made, then opened to sign — in a JVM that runs SHA-256 without
     * the processor's help. {@value #ROUNDS} rounds.
     */
    private static byte[] pkcs12(KeyPair pair, X509Certificate certificate, char[] password)
            throws GeneralSecurityException, IOException, OperatorCreationException, PKCSException {
        SubjectKeyIdentifier keyId = new JcaX509ExtensionUtils().createSubjectKeyIdentifier(certificate.getPublicKey());
        JcaPKCS12SafeBagBuilder certificateBag = new JcaPKCS12SafeBagBuilder(certificate);
        certificateBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(ALIAS));
        certificateBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
        JcaPKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(pair.getPrivate(), encryptor(password));
        keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(ALIAS));
        keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
        PKCS12PfxPduBuilder keystore = new PKCS12PfxPduBuilder();
        keystore.addEncryptedData(encryptor(password), certificateBag.build());
        keystore.addData(keyBag.build());
        PKCS12PfxPdu sealed = keystore.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256).setProvider(BOUNCY_CASTLE).setIterationCount(ROUNDS),
                password);
        return sealed.getEncoded(ASN1Encoding.DER);
    }

    private static OutputEncryptor encryptor(char[] password) throws OperatorCreationException {
        // Bouncy Castle's own AES: PKCS#5 padding under the name the builder asks for, which Java's provider leaves out.
        return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC).setProvider(BOUNCY_CASTLE).setIterationCount(ROUNDS)
                .build(password);
    }
}
