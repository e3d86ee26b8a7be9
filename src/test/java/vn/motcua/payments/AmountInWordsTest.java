package vn.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.motcua.payments.internal.AmountInWords;

/** The amount in words a receipt prints, read as a Vietnamese cashier reads it. */
class AmountInWordsTest {

    @Test
    void readsTheFeesOfTheCatalogueAsACashierWould() {
        assertThat(AmountInWords.dong(5_000)).isEqualTo("Năm nghìn đồng");
        assertThat(AmountInWords.dong(15_000)).isEqualTo("Mười lăm nghìn đồng");
        assertThat(AmountInWords.dong(75_000)).isEqualTo("Bảy mươi lăm nghìn đồng");
        assertThat(AmountInWords.dong(21_000)).isEqualTo("Hai mươi mốt nghìn đồng");
        assertThat(AmountInWords.dong(1_100_000)).isEqualTo("Một triệu một trăm nghìn đồng");
        assertThat(AmountInWords.dong(1_005_000)).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
        assertThat(AmountInWords.dong(600_000)).isEqualTo("Sáu trăm nghìn đồng");
        assertThat(AmountInWords.dong(2_000_000_010L)).isEqualTo("Hai tỷ không trăm mười đồng");
    }
}
