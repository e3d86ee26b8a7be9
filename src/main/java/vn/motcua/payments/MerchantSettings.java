package vn.motcua.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator sets for a province's merchant account; a blank secret keeps the one stored. */
public record MerchantSettings(@NotBlank @Size(max = 20) String merchantCode, @Size(max = 200) String secret,
        @NotBlank @Size(max = 500) String gatewayUrl, @Size(max = 500) String returnUrl) {
}
