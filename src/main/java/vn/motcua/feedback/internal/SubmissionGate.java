package vn.motcua.feedback.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.feedback.Upload;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PublicAllowance;

/**
 * What keeps the public form usable without a third-party captcha: a per-address allowance per
 * minute shared by every instance, a trap field people never fill, and files checked by reading
 * all of them (a PDF parses, an image decodes, a Word document opens as one) rather than by the name
 * or type the sender claims.
 */
@Component
public class SubmissionGate {

    public static final int MAX_FILES = 3;
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** The kinds of file the form accepts, each checked by reading the whole file (FileContent). */
    public static final List<FileContent.Kind> KINDS = List.of(FileContent.Kind.PDF, FileContent.Kind.PNG, FileContent.Kind.JPEG,
            FileContent.Kind.DOCX);

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
        String stored = name;
        return FileContent.recognise(name, file.content(), KINDS).map(kind -> new Upload(stored, kind.contentType(), file.content()))
                .orElseThrow(() -> new InvalidInputException("files", "feedback.files.type", stored));
    }
}
