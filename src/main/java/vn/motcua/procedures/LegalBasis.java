package vn.motcua.procedures;

import java.time.LocalDate;

/**
 * Căn cứ pháp lý: one legal document a procedure rests on, as the national catalogue lists it — its
 * number and symbol (số, ký hiệu: "123/2015/NĐ-CP"), its title (trích yếu), the day it was issued and
 * who issued it. The date may be unknown (null) for a document the catalogue names without one.
 */
public record LegalBasis(String number, String title, LocalDate issuedOn, String issuer) {

    public LegalBasis {
        number = number == null ? "" : number.trim();
        title = title == null ? "" : title.trim();
        issuer = issuer == null ? "" : issuer.trim();
    }
}
