package vn.motcua.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.motcua.shared.FileContent;
import vn.motcua.shared.NotFoundException;

/**
 * Tải tệp về: the answer a controller gives for a stored file, once its own module has decided the
 * caller may read it. Always a download, never shown in the browser — {@code attachment} with the
 * name in UTF-8 (RFC 5987, and a plain ASCII name for old clients), the type the content was
 * recognised as, {@code nosniff} — and its content streamed from the database a chunk at a time as
 * the client reads it.
 */
@Component
public class FileDownloads {

    private final FileStore files;

    FileDownloads(FileStore files) {
        this.files = files;
    }

    /**
     * The download of the file of this id.
     *
     * @throws NotFoundException there is no such file
     */
    public ResponseEntity<Resource> download(long fileId) {
        return download(files.find(fileId).orElseThrow(() -> new NotFoundException("files.not-found", String.valueOf(fileId))));
    }

    /** The download of a stored file. */
    public ResponseEntity<Resource> download(StoredFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(FileContent.servedType(file.contentType())))
                .contentLength(file.size())
                .body(new Content(files, file));
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>}: every browser saves it under its real name. */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** The name with Vietnamese letters written without their marks, anything else outside printable ASCII as '_'. */
    private static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 5987 value characters: letters, digits and a few marks as they are, every other UTF-8 byte as %XX. */
    private static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The stored content as a resource of known length, opened afresh (a chunk at a time) each time it is read. */
    private static final class Content extends AbstractResource {

        private final FileStore files;
        private final StoredFile file;

        Content(FileStore files, StoredFile file) {
            this.files = files;
            this.file = file;
        }

        @Override
        public InputStream getInputStream() {
            return files.open(file.id());
        }

        @Override
        public long contentLength() {
            return file.size();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "stored file " + file.id();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Content content && content.file.id() == file.id();
        }

        @Override
        public int hashCode() {
            return Long.hashCode(file.id());
        }
    }
}
