package vn.motcua.signatures.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * Ký PAdES-B-B: adds to a PDF, as an incremental update, a signature whose CMS is detached over the
 * byte ranges (SubFilter ETSI.CAdES.detached) and carries the signing-certificate-v2 attribute that
 * binds the signer's certificate; the signing time is the dictionary's /M, and — as ETSI EN 319 142-1
 * asks of the baseline profile — not a CMS signing-time attribute. Where the page shows a signature
 * block (its anchor text), the signature is also visible there: the signer, the agency and the time.
 * The key may live anywhere a JCA provider reaches: a PKCS#12 file in memory or a PKCS#11 token.
 */
public final class PadesSigner {

    /** A key able to sign, its certificate first in the chain, and the provider that holds it (null: the default ones). */
    public record SigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {

        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** The lines the visible signature shows, and where: below (or above) the last place the anchor text is printed. */
    public record Appearance(String anchor, boolean above, List<String> lines) {
    }

    private static final int SIGNATURE_SIZE = 20_000;
    private static final float BOX_WIDTH = 200;
    private static final float BOX_HEIGHT = 54;

    private PadesSigner() {
    }

    /** The PDF signed at {@code at} with the key; the reason and location go into the signature dictionary. */
    public static byte[] sign(byte[] pdf, SigningKey key, Instant at, ZoneId zone, String reason, String location,
            Appearance appearance) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(CertificateNames.commonName(key.certificate()));
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(GregorianCalendar.from(at.atZone(zone)));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                Optional<AnchorFinder.Placement> placement = appearance == null || appearance.anchor() == null
                        ? Optional.empty() : AnchorFinder.find(document, appearance.anchor());
                if (placement.isPresent()) {
                    PDRectangle box = box(document.getPage(placement.get().page()), placement.get(), appearance.above());
                    options.setVisualSignature(template(document.getPage(placement.get().page()), box, appearance.lines()));
                    options.setPage(placement.get().page());
                }
                document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
                document.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS over the signed bytes: SHA-256, signing-certificate-v2, the chain; no signing-time (it is /M). */
    static byte[] cms(byte[] content, SigningKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            String algorithm = "EC".equals(key.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm);
            if (key.provider() != null) {
                builder.setProvider(key.provider());
            }
            ContentSigner signer = builder.build(key.key());
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certId }))));
            DefaultSignedAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                @Override
                @SuppressWarnings({ "rawtypes", "unchecked" })
                protected Hashtable createStandardAttributeTable(Map parameters) {
                    Hashtable table = super.createStandardAttributeTable(parameters);
                    table.remove(CMSAttributes.signingTime);
                    return table;
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes).build(signer, certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made: " + e.getMessage(), e);
        }
    }

    /** The box of the visible signature, centred on the anchor, in the page's own coordinates (origin bottom left). */
    private static PDRectangle box(PDPage page, AnchorFinder.Placement anchor, boolean above) {
        PDRectangle media = page.getMediaBox();
        float centre = (anchor.left() + anchor.right()) / 2;
        float left = Math.max(media.getLowerLeftX() + 4, Math.min(centre - BOX_WIDTH / 2, media.getUpperRightX() - BOX_WIDTH - 4));
        // The finder measures from the top of the page; a PDF rectangle from the bottom.
        float bottom = above ? media.getHeight() - anchor.top() + 4 : media.getHeight() - anchor.bottom() - 16 - BOX_HEIGHT;
        return new PDRectangle(left, Math.max(4, bottom), BOX_WIDTH, BOX_HEIGHT);
    }

    /** A one-page document holding only the signature field and its appearance, which PDFBox merges into the page signed. */
    private static InputStream template(PDPage source, PDRectangle box, List<String> lines) throws IOException {
        try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(source.getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(box);
            PDFormXObject appearanceForm = new PDFormXObject(new PDStream(template));
            appearanceForm.setResources(new PDResources());
            appearanceForm.setFormType(1);
            appearanceForm.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(appearanceForm.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(template, stream);
                    InputStream fontFile = new ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream()) {
                PDFont font = PDType0Font.load(template, fontFile, true);
                content.setStrokingColor(0.75f, 0.05f, 0.05f);
                content.setLineWidth(1);
                content.addRect(0.5f, 0.5f, box.getWidth() - 1, box.getHeight() - 1);
                content.stroke();
                content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
                content.beginText();
                content.setFont(font, 7.5f);
                content.setLeading(9.5f);
                content.newLineAtOffset(5, box.getHeight() - 11);
                for (String line : lines) {
                    content.showText(fitted(line, font, box.getWidth() - 10));
                    content.newLine();
                }
                content.endText();
            }
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** The line cut with an ellipsis where it would run past the box. */
    private static String fitted(String line, PDFont font, float width) throws IOException {
        if (font.getStringWidth(line) / 1000 * 7.5f <= width) {
            return line;
        }
        String text = line;
        while (text.length() > 1 && font.getStringWidth(text + "…") / 1000 * 7.5f > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text.stripTrailing() + "…";
    }
}
