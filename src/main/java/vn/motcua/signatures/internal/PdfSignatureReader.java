package vn.motcua.signatures.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads the signatures of a PDF and checks each one the way a reader's software does: the CMS's digest
 * against the bytes its byte range names, its signature against the certificate it carries, and whether
 * the byte range reaches the end of the file — a signature that is sound over bytes to which more were
 * added afterwards (an incremental update) no longer speaks for the whole document.
 */
public final class PdfSignatureReader {

    /** What one signature says, and whether it holds. {@code certificate} is null when the CMS could not be read. */
    public record Found(String fieldName, X509Certificate certificate, Instant signingTime, boolean digestMatches,
            boolean signatureValid, boolean coversWholeDocument, String subFilter, String problem) {

        public boolean intact() {
            return digestMatches && signatureValid && coversWholeDocument;
        }
    }

    private PdfSignatureReader() {
    }

    /** @throws IOException the bytes are not a PDF PDFBox can read */
    public static List<Found> read(byte[] pdf) throws IOException {
        List<Found> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                found.add(check(signature, pdf));
            }
        }
        return found;
    }

    private static Found check(PDSignature signature, byte[] pdf) {
        String name = signature.getName();
        String subFilter = signature.getSubFilter();
        Instant declared = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1] || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            return new Found(name, null, declared, false, false, false, subFilter, "byte-range");
        }
        boolean wholeDocument = (long) range[2] + range[3] == pdf.length;
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        try {
            // /Contents is padded with zeros after the CMS: read the one ASN.1 object and leave the padding.
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Found(name, null, declared, false, false, wholeDocument, subFilter, "no-certificate");
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            Instant signingTime = cmsSigningTime(signer).orElse(declared);
            boolean digest = digestMatches(signer, signed);
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (CMSSignerDigestMismatchException e) {
                valid = false;
            } catch (CMSVerifierCertificateNotValidException e) {
                // The CMS's own signing time lies outside the certificate's validity: said by the validity check, not here.
                valid = digest;
            }
            return new Found(name, certificate, signingTime, digest, valid, wholeDocument, subFilter, null);
        } catch (CMSException | CertificateException | OperatorCreationException | IOException | RuntimeException e) {
            return new Found(name, null, declared, false, false, wholeDocument, subFilter, "cms");
        }
    }

    /** The message-digest attribute against the digest of the bytes the byte range names. */
    private static boolean digestMatches(SignerInformation signer, byte[] signed) {
        Attribute attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (attribute == null) {
            return false;
        }
        byte[] expected = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
        try {
            String algorithm = switch (signer.getDigestAlgOID()) {
                case "2.16.840.1.101.3.4.2.1" -> "SHA-256";
                case "2.16.840.1.101.3.4.2.2" -> "SHA-384";
                case "2.16.840.1.101.3.4.2.3" -> "SHA-512";
                case "1.3.14.3.2.26" -> "SHA-1";
                default -> null;
            };
            return algorithm != null && Arrays.equals(expected, MessageDigest.getInstance(algorithm).digest(signed));
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static Optional<Instant> cmsSigningTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        return attribute == null ? Optional.empty()
                : Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }
}
