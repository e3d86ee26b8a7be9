package vn.motcua.files;

import java.time.Instant;

/**
 * Một tệp đã lưu: its id (what other modules keep), the name it was uploaded under (without any path),
 * the type its content was recognised as, its size in bytes, the SHA-256 of its content in hex, and when it was stored.
 */
public record StoredFile(long id, String fileName, String contentType, long size, String sha256, Instant storedAt) {
}
