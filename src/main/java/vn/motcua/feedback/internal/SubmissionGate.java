package vn.motcua.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.feedback.Upload;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PublicAllowance;

/**
 * What keeps the public form usable without a third-party captcha: a per-address allowance per
 * minute shared by every instance, a trap field people never fill, and files checked by their
 * first bytes rather than by the name or type the sender claims.
 */
@Component
public class SubmissionGate {

    public static final int MAX_FILES = 3;
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** A file kind the form accepts: its leading bytes and the names it may carry. */
    private record Kind(String contentType, byte[] magic, List<String> extensions) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII), List.of("pdf")),
            new Kind("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, List.of("png")),
            new Kind("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, List.of("jpg", "jpeg")),
            new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 },
                    List.of("docx")));

    private final PublicAllowance allowance;
    private final int perMinute;

    SubmissionGate(PublicAllowance allowance, @Value("${motcua.feedback.submissions-per-minute:5}") int perMinute) {
        this.allowance = allowance;
        this.perMinute = perMinute;
    }

    /** Counts a submission of the client in its own transaction; fails once the minute's allowance is spent. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void admit(String client) {
        allowance.admit("feedback-submission", client, perMinute, "feedback.too-many");
    }

    /** The files as they will be stored: names without paths, type from the content; the first bad one is named. */
    public List<Upload> check(List<Upload> files) {
        List<Upload> present = files == null ? List.of()
                : files.stream().filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
        if (present.size() > MAX_FILES) {
            throw new InvalidInputException("files", "feedback.files.too-many", MAX_FILES);
        }
        return present.stream().map(SubmissionGate::checkOne).toList();
    }

    private static Upload checkOne(Upload file) {
        String name = file.name() == null ? "" : file.name().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 200) {
            throw new InvalidInputException("files", "feedback.files.name", file.name());
        }
        if (file.content().length > MAX_FILE_BYTES) {
            throw new InvalidInputException("files", "feedback.files.too-large", name, MAX_FILE_BYTES / (1024 * 1024));
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        for (Kind kind : KINDS) {
            if (startsWith(file.content(), kind.magic()) && kind.extensions().contains(extension)) {
                return new Upload(name, kind.contentType(), file.content());
            }
        }
        throw new InvalidInputException("files", "feedback.files.type", name);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
