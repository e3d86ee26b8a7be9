package vn.motcua.feedback;

/** A file sent with a petition. */
public record Upload(String name, String contentType, byte[] content) {
}
