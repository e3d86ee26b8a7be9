package vn.motcua.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Một vụ kiểm tra thị trường: violations by kind (hàng giả; hàng cấm, hàng nhập lậu; gian lận thương mại) and whether it was handled. */
public record MarketInspection(long id, String unitCode, LocalDate inspectedOn, String subject, int counterfeit, int bannedSmuggled,
        int tradeFraud, boolean handled, BigDecimal fineMillion, String note) {

    public int violations() {
        return counterfeit + bannedSmuggled + tradeFraud;
    }
}
