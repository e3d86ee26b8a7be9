package vn.motcua.files.internal;

import java.io.InputStream;

/**
 * A stored file's content as a stream that reads its chunks one at a time, each when the one before
 * is used up: a download holds one chunk in memory whatever the file's size, and each chunk is its
 * own short query, so a slow reader keeps no transaction or connection open.
 */
public final class ChunkedContent extends InputStream {

    private final FileRows rows;
    private final long fileId;
    private byte[] chunk = new byte[0];
    private int position;
    private int next;
    private boolean ended;

    public ChunkedContent(FileRows rows, long fileId) {
        this.rows = rows;
        this.fileId = fileId;
    }

    @Override
    public int read() {
        if (!loaded()) {
            return -1;
        }
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!loaded()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** Whether there is a byte to read, loading the next chunk when this one is used up. */
    private boolean loaded() {
        while (position >= chunk.length) {
            if (ended) {
                return false;
            }
            chunk = rows.chunk(fileId, next++).orElse(null);
            position = 0;
            if (chunk == null) {
                chunk = new byte[0];
                ended = true;
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        chunk = new byte[0];
        ended = true;
    }
}
