package vn.motcua.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.files.StoredFile;

/** The rows of a stored file: one for what it is, one for each chunk of its content, in order from 0. */
@Repository
public class FileRows {

    /** The bytes of one chunk: large enough that a 20 MB file is twenty rows, small enough to hold one in memory at a time. */
    public static final int CHUNK_BYTES = 1024 * 1024;

    private static final String COLUMNS = "id, file_name, content_type, size, sha256, stored_at";

    private final JdbcClient jdbc;

    FileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new file whose content is read from {@code content} one chunk at a time and written as it is
     * read; returns the file as stored. The caller has checked the content and knows its size and digest.
     */
    public StoredFile insert(String fileName, String contentType, long size, String sha256, Instant storedAt, String storedBy,
            InputStream content) throws IOException {
        long id = jdbc.sql("""
                insert into files_file (file_name, content_type, size, sha256, stored_at, stored_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(fileName, contentType, size, sha256, OffsetDateTime.ofInstant(storedAt, ZoneOffset.UTC), storedBy)
                .query(Long.class).single();
        byte[] chunk = new byte[CHUNK_BYTES];
        int seq = 0;
        int read;
        while ((read = content.readNBytes(chunk, 0, CHUNK_BYTES)) > 0) {
            byte[] data = read == CHUNK_BYTES ? chunk : java.util.Arrays.copyOf(chunk, read);
            jdbc.sql("insert into files_chunk (file_id, seq, data) values (?, ?, ?)").params(id, seq++, data).update();
        }
        return new StoredFile(id, fileName, contentType, size, sha256, storedAt);
    }

    public Optional<StoredFile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from files_file where id = ?").param(id).query(FileRows::file).optional();
    }

    public List<StoredFile> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from files_file where id in (:ids) order by id").param("ids", List.copyOf(ids))
                .query(FileRows::file).list();
    }

    /** A file stored under this name with this content by {@code storedBy}, the earliest if there are several. */
    public Optional<StoredFile> findStored(String fileName, String sha256, long size, String storedBy) {
        return jdbc.sql("select " + COLUMNS + " from files_file where file_name = ? and sha256 = ? and size = ? and stored_by = ?"
                + " order by id limit 1").params(fileName, sha256, size, storedBy).query(FileRows::file).optional();
    }

    /** One chunk's bytes; empty past the last one. */
    public Optional<byte[]> chunk(long fileId, int seq) {
        return jdbc.sql("select data from files_chunk where file_id = ? and seq = ?").params(fileId, seq).query(byte[].class)
                .optional();
    }

    /** Removes the file and its chunks; whether there was one. */
    public boolean delete(long id) {
        return jdbc.sql("delete from files_file where id = ?").param(id).update() > 0;
    }

    private static StoredFile file(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getString("sha256"), rs.getObject("stored_at", OffsetDateTime.class).toInstant());
    }
}
