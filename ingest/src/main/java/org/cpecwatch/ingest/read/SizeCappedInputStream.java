package org.cpecwatch.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails as soon as more than the cap has been read, so a huge file is refused after at most cap+1 bytes. */
final class SizeCappedInputStream extends FilterInputStream {

    static final class TooLargeException extends IOException {
        TooLargeException(long cap) {
            super("file too large: more than " + cap + " bytes");
        }
    }

    private final long cap;
    private long count;

    SizeCappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > cap) {
            throw new TooLargeException(cap);
        }
    }
}
