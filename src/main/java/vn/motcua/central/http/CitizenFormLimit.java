package vn.motcua.central.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The citizen pages' form posts (rating, lookup) take at most {@link #MAX_BYTES}, however the body is sent. A body
 * with a declared length is judged by it before anything is read; a chunked body (no length) is read here up to the
 * limit plus one byte: within it, the page reads exactly those bytes; beyond it, the rest is drained (bounded) and the
 * request is marked {@link #TOO_LARGE} so the page answers 413 exactly as for a declared body — the server never
 * buffers more than the limit of a citizen form, where before a chunked post was read up to the 2 MiB API limit.
 */
final class CitizenFormLimit implements Filter {
    /** The most a citizen form may carry (a rating with a long comment is well under 4 KiB). */
    static final int MAX_BYTES = 16 * 1024;
    /** Request attribute set when a chunked body went over {@link #MAX_BYTES}. */
    static final String TOO_LARGE = "motcua.formTooLarge";
    /** Request attribute set on a body sent without a declared length. */
    static final String CHUNKED = "motcua.formChunked";
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !"POST".equals(http.getMethod())
                || http.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        http.setAttribute(CHUNKED, Boolean.TRUE);
        InputStream in = http.getInputStream();
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            byte[] sink = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
                left -= n;
            }
            http.setAttribute(TOO_LARGE, Boolean.TRUE);
            body = new byte[0];
        }
        chain.doFilter(new Buffered(http, body), response);
    }

    /** The request with its (small) body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }
    }
}
