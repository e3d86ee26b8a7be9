package vn.motcua.signatures.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JceGenericKey;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

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
    private static final String KEY_ENCRYPTION = "PBEWithHmacSHA256AndAES_256";

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
     * The key and its certificate as a PKCS#12 keystore (the key's bag AES-256 under PBES2, the whole sealed with
     * HMAC-SHA-256), read by Java's own {@code KeyStore} like any agency's. The demo gives each a password of 144 random
     * bits, kept sealed under the installation's master key beside the keystore ({@link KeyVault}), so the stretching
     * PKCS#12 asks for human passwords (Java's 10.000 rounds for each use) adds no strength there; it cost the demo's
     * first start over a second of CPU — nine keystores made, then opened to sign — in a JVM that runs SHA-256 without
     * the processor's help. {@value #ROUNDS} rounds (docs/decisions/0018).
     */
    private static byte[] pkcs12(KeyPair pair, X509Certificate certificate, char[] password)
            throws GeneralSecurityException, IOException, PKCSException {
        SubjectKeyIdentifier keyId = new JcaX509ExtensionUtils().createSubjectKeyIdentifier(certificate.getPublicKey());
        // The certificate is public: its bag is not encrypted, only the key's.
        JcaPKCS12SafeBagBuilder certificateBag = new JcaPKCS12SafeBagBuilder(certificate);
        certificateBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(ALIAS));
        certificateBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
        PKCS12SafeBagBuilder keyBag = new PKCS12SafeBagBuilder(PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()),
                encryptor(password));
        keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(ALIAS));
        keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
        PKCS12PfxPduBuilder keystore = new PKCS12PfxPduBuilder();
        keystore.addData(certificateBag.build());
        keystore.addData(keyBag.build());
        // Bouncy Castle's own SHA-256 and HMAC, not through a security provider: building its provider alone costs a second.
        PKCS12PfxPdu sealed = keystore.build(new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE)).setIterationCount(ROUNDS), password);
        return sealed.getEncoded(ASN1Encoding.DER);
    }

    /**
     * PBES2 (PBKDF2 with HMAC-SHA-256, AES-256-CBC) by Java's own provider, in the form Bouncy Castle's bag builder takes;
     * Bouncy Castle's JCA builder would ask Java for AES without padding, or need Bouncy Castle's provider.
     */
    private static OutputEncryptor encryptor(char[] password) throws GeneralSecurityException, IOException {
        byte[] salt = new byte[20];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        SecretKey stretched = SecretKeyFactory.getInstance(KEY_ENCRYPTION).generateSecret(new PBEKeySpec(password));
        Cipher cipher = Cipher.getInstance(KEY_ENCRYPTION);
        cipher.init(Cipher.ENCRYPT_MODE, stretched, new PBEParameterSpec(salt, ROUNDS, new IvParameterSpec(iv)));
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                ASN1Primitive.fromByteArray(cipher.getParameters().getEncoded()));
        return new OutputEncryptor() {

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream(OutputStream out) {
                return new CipherOutputStream(out, cipher);
            }

            @Override
            public GenericKey getKey() {
                return new JceGenericKey(algorithm, stretched);
            }
        };
    }
}
