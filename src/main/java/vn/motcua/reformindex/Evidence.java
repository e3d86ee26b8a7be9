package vn.motcua.reformindex;

/** Tài liệu kiểm chứng: a file uploaded for a criterion, or a document of the task register. */
public record Evidence(long id, String name, Long fileId, Long documentId) {
}
