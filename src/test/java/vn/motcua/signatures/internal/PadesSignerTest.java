package vn.motcua.signatures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.signatures.Pdfsig;

/**
 * A PDF signed PAdES-B-B is valid for poppler's pdfsig and for MotCua's own reader, its signature sits
 * visibly in the signature block the page prints, and a byte changed after signing — or a revision
 * appended — is reported as altered by both.
 */
class PadesSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:15:00Z");
    private static SelfIssuedCertificates.Issued issued;
    private static byte[] page;

    @BeforeAll
    static void issue() {
        issued = SelfIssuedCertificates.issue("UBND Xã Thọ Xuân", "UBND Xã Thọ Xuân", "Chứng thư thử nghiệm", NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(365)), "mat-khau");
        page = new PdfDocuments().render("""
                <html><head><style>@page { size: A5; }</style></head><body>
                <p>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</p>
                <table style="width:100%"><tr><td>NGƯỜI NỘP HỒ SƠ</td><td>NGƯỜI TIẾP NHẬN HỒ SƠ</td></tr></table>
                </body></html>""");
    }

    private static byte[] signed() {
        return PadesSigner.sign(page, issued.key(), NOW, ZoneId.of("Asia/Ho_Chi_Minh"), "Tiếp nhận hồ sơ", "Xã Thọ Xuân",
                new PadesSigner.Appearance("NGƯỜI TIẾP NHẬN HỒ SƠ", false, List.of("Ký số bởi: UBND Xã Thọ Xuân", "Thời gian ký: 02/12/2026 10:15")));
    }

    @Test
    void aSignedPdfIsValidForPdfsigAndForTheReaderWithItsSignerAndTime() throws Exception {
        byte[] pdf = signed();

        String pdfsig = Pdfsig.check(pdf);
        assertThat(pdfsig).contains("Signature is Valid.").contains("Total document signed").contains("ETSI.CAdES.detached");
        List<PdfSignatureReader.Found> found = PdfSignatureReader.read(pdf);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).intact()).isTrue();
        assertThat(found.get(0).signingTime()).isEqualTo(NOW);
        assertThat(CertificateNames.commonName(found.get(0).certificate())).isEqualTo("UBND Xã Thọ Xuân");
    }

    @Test
    void theCmsCarriesSigningCertificateV2AndLeavesTheTimeToTheDictionary() throws Exception {
        byte[] pdf = signed();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var signature = document.getLastSignatureDictionary();
            SignerInformation signer = new CMSSignedData(new java.io.ByteArrayInputStream(signature.getContents(pdf))).getSignerInfos()
                    .getSigners().iterator().next();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
        }
    }

    @Test
    void theVisibleSignatureStandsBelowTheSignatureBlock() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed())) {
            PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields().get(0);
            var box = field.getWidgets().get(0).getRectangle();
            var anchor = AnchorFinder.find(document, "NGƯỜI TIẾP NHẬN HỒ SƠ").orElseThrow();
            float pageHeight = document.getPage(0).getMediaBox().getHeight();
            assertThat(box.getWidth()).isGreaterThan(100);
            // Below the anchor's line and overlapping its column.
            assertThat(box.getUpperRightY()).isLessThan(pageHeight - anchor.bottom());
            assertThat(box.getLowerLeftX()).isLessThan(anchor.right());
            assertThat(box.getUpperRightX()).isGreaterThan(anchor.left());
        }
    }

    @Test
    void aByteChangedAfterSigningIsReportedAsAlteredByPdfsigAndTheReader() throws Exception {
        byte[] pdf = signed();
        // The second line of the file, the comment of binary bytes under %PDF-1.x: inside the signed range, harmless to parsing.
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
        pdf[at] = (byte) (pdf[at] ^ 0x01);

        assertThat(Pdfsig.check(pdf)).doesNotContain("Signature is Valid.").contains("Digest Mismatch");
        PdfSignatureReader.Found found = PdfSignatureReader.read(pdf).get(0);
        assertThat(found.digestMatches()).isFalse();
        assertThat(found.intact()).isFalse();
    }

    @Test
    void aRevisionAppendedAfterSigningIsNotCoveredByTheSignature() throws Exception {
        byte[] pdf = signed();
        byte[] appended = new byte[pdf.length + 40];
        System.arraycopy(pdf, 0, appended, 0, pdf.length);
        byte[] tail = "\n% appended after signing\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, appended, pdf.length, tail.length);

        PdfSignatureReader.Found found = PdfSignatureReader.read(appended).get(0);
        assertThat(found.digestMatches()).isTrue();
        assertThat(found.coversWholeDocument()).isFalse();
        assertThat(found.intact()).isFalse();
        assertThat(Pdfsig.check(appended)).doesNotContain("Total document signed");
    }
}
