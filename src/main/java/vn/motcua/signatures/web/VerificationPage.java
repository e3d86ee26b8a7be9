package vn.motcua.signatures.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;
import vn.motcua.signatures.SignatureVerification;

/** Trang xác thực chữ ký số: anyone uploads a PDF and reads whether it is signed, by whom, when, and whether it is intact. */
@Controller
class VerificationPage {

    private final SignatureVerification verification;

    VerificationPage(SignatureVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/public/signatures")
    String form() {
        return "signatures/verify";
    }

    @PostMapping("/public/signatures")
    String verify(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("result", verification.verify(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes()));
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
        }
        return "signatures/verify";
    }
}
