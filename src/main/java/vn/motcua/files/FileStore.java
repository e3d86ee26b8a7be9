package vn.motcua.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import vn.motcua.files.internal.ChunkedContent;
import vn.motcua.files.internal.FileRows;
import vn.motcua.shared.ContentTooLargeException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Kho tệp: stores an upload once its whole content is what its name says, and gives it back as a
 * stream. An upload is copied to a temporary file as it arrives (counted against the size limit and
 * digested on the way), checked there by {@link FileContent}, then written into PostgreSQL a chunk
 * at a time; a download reads it back a chunk at a time. No step holds the whole file in memory.
 * <p>
 * Refusals name the file and what is wrong — 422 ({@link InvalidInputException}, field {@code file})
 * when it is empty, of a kind not accepted, or not what its name says; 413
 * ({@link ContentTooLargeException}) when larger than {@code motcua.files.max-size} — and store nothing.
 * Who may read a file is decided by the module that keeps its id, before it asks for it.
 */
@Service
public class FileStore {

    /** The field a refusal names: the multipart part uploads arrive in. */
    public static final String FIELD = "file";

    private static final int MAX_NAME = 255;

    private final FileRows rows;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final long maxBytes;

    FileStore(FileRows rows, Clock clock, CurrentUser currentUser, PlatformTransactionManager transactions,
            @Value("${motcua.files.max-size:20MB}") DataSize maxSize) {
        this.rows = rows;
        this.clock = clock;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file stored, in bytes ({@code motcua.files.max-size}). */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the content read from {@code content} under the name (any path in it dropped) if the name
     * says one of the {@code accepted} kinds and the whole content is that kind. The stream is read to
     * its end, or to just past the limit; the caller closes it. Joins the caller's transaction when
     * there is one, so a refusal after this (the caller's own rule) stores nothing either.
     *
     * @throws InvalidInputException the name is empty or not of an accepted kind, the content is empty or not that kind
     * @throws ContentTooLargeException the content is larger than {@link #maxBytes()}
     */
    public StoredFile store(String fileName, InputStream content, Set<FileContent.Kind> accepted) {
        String name = cleanName(fileName);
        FileContent.Kind kind = FileContent.named(name, accepted)
                .orElseThrow(() -> new InvalidInputException(FIELD, "files.kind", name, names(accepted)));
        Path spool = null;
        try {
            spool = Files.createTempFile("motcua-upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copy(content, spool, sha256, name);
            if (size == 0) {
                throw new InvalidInputException(FIELD, "files.empty", name);
            }
            if (!FileContent.is(kind, spool)) {
                throw new InvalidInputException(FIELD, "files.content", name, kind.name());
            }
            String digest = HexFormat.of().formatHex(sha256.digest());
            Path stored = spool;
            return transaction.execute(status -> {
                try (InputStream in = Files.newInputStream(stored)) {
                    return rows.insert(name, kind.contentType(), size, digest,
                            clock.instant().truncatedTo(ChronoUnit.MICROS), currentUser.username(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    /**
     * A file many records point to, stored once: the application's own content (never an upload), found
     * by its name and digest when it was stored before, stored now otherwise — in the caller's
     * transaction when there is one. Kept apart from uploads (stored by {@link #SHARED_BY}), so that no
     * upload of the same bytes taken back later takes it away.
     *
     * @throws InvalidInputException the name is not of the given kind or the content is not that kind
     */
    public StoredFile shared(String fileName, byte[] content, FileContent.Kind kind) {
        String name = cleanName(fileName);
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        return rows.findStored(name, digest, content.length, SHARED_BY).orElseGet(() -> {
            if (FileContent.recognise(name, content, Set.of(kind)).isEmpty()) {
                throw new InvalidInputException(FIELD, "files.content", name, kind.name());
            }
            try {
                return rows.insert(name, kind.contentType(), content.length, digest, clock.instant().truncatedTo(ChronoUnit.MICROS),
                        SHARED_BY, new java.io.ByteArrayInputStream(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Who stored a shared file: no account's name (an account name has no colon). */
    public static final String SHARED_BY = "motcua:shared";

    /** What a stored file is, if there is one of that id. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(long id) {
        return rows.find(id);
    }

    /** What the stored files of these ids are, by id; ids of no file are left out. */
    @Transactional(readOnly = true)
    public List<StoredFile> find(Collection<Long> ids) {
        return rows.find(ids);
    }

    /**
     * The file's content, read from the database a chunk at a time as the stream is read; each chunk
     * is its own query, so the stream may be read after the caller's transaction ended.
     *
     * @throws NotFoundException there is no file of that id
     */
    public InputStream open(long id) {
        rows.find(id).orElseThrow(() -> new NotFoundException("files.not-found", String.valueOf(id)));
        return new ChunkedContent(rows, id);
    }

    /** Removes a file nothing keeps any more (a draft's document taken back); whether there was one. */
    @Transactional
    public boolean delete(long id) {
        return rows.delete(id);
    }

    /** Copies the upload to the spool file, digesting it, and stops as soon as it is past the limit. */
    private long copy(InputStream content, Path spool, MessageDigest sha256, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), sha256)) {
            int read;
            while ((read = content.read(buffer)) > 0) {
                total += read;
                if (total > maxBytes) {
                    throw new ContentTooLargeException(FIELD, "files.too-large", name, readable(maxBytes));
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** The name as uploaded without any path or control characters; refused when nothing is left of it or it is too long. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_NAME) {
            throw new InvalidInputException(FIELD, "files.name", fileName == null ? "" : fileName);
        }
        return name;
    }

    private static String names(Set<FileContent.Kind> kinds) {
        return kinds.stream().sorted().map(FileContent.Kind::name).collect(Collectors.joining(", "));
    }

    /** A size as people read it: 20 MB, 512 KB. */
    static String readable(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? Math.max(1, bytes / 1024) + " KB" : bytes + " B";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a spool file left behind goes with the temporary directory
            }
        }
    }
}
