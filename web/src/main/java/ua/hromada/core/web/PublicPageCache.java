package ua.hromada.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Public pages as anonymous readers get them, rendered once every few seconds: a viral page
 * read by thousands a second is rendered a few times a second at most. Keyed by address (path
 * and query) and the remembered page language; only complete 200 answers that set no cookie are
 * kept; at most {@value #MAX_ENTRIES} pages and {@value #MAX_BYTES} bytes, the least recently
 * used going first. Readers asking for the same page while it renders wait for that rendering.
 * Answers carry an ETag and Last-Modified (304 when the reader has them) and may be cached by a
 * proxy for as long ({@code Cache-Control: public, max-age}); a visitor with a session (signed in,
 * or holding a message for them) never passes here.
 */
@ApplicationScoped
public class PublicPageCache {
    static final Duration FRESH = Duration.ofSeconds(3);
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** One rendered page. */
    record Page(byte[] body, String contentType, String etag, Instant renderedAt, Object source) {
        /** Rendered less than {@link #FRESH} ago from the same record of its community. */
        boolean freshFor(Instant now, Object current) {
            return renderedAt.plus(FRESH).isAfter(now) && source == current;
        }
    }

    /** The work of an anonymous GET, which the cache may skip: forwarding to the page's view. */
    @FunctionalInterface
    public interface Rendering {
        void render(HttpServletResponse into) throws IOException, ServletException;
    }

    private final Map<String, CompletableFuture<Page>> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /**
     * Answers an anonymous GET of a public page from the cache, or renders it (once for all who
     * ask at the same moment) and keeps it when it may be kept. {@code source} is the record the
     * page shows (its community as the community cache holds it, null for none): a page rendered
     * from an older record is rendered again, so a change of the community shows at once.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, Object source, Rendering rendering)
            throws IOException, ServletException {
        String key = key(request);
        Instant now = Instant.now();
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> existing = claim(key, mine, now, source);
        if (existing != null) {
            Page page = await(existing);
            if (page != null) {
                write(request, response, page);
                return;
            }
            rendering.render(response); // that rendering could not be kept: this reader gets their own
            return;
        }
        Capture capture = new Capture(response);
        Page page = null;
        try {
            rendering.render(capture);
            page = capture.keepable() ? capture.page(now, source) : null;
        } finally {
            settle(key, mine, page);
        }
        if (page != null) {
            write(request, response, page);
        } else {
            capture.release();
        }
    }

    /** The entry others already render or rendered freshly, or null after registering {@code mine}. */
    private synchronized CompletableFuture<Page> claim(String key, CompletableFuture<Page> mine, Instant now, Object source) {
        CompletableFuture<Page> existing = pages.get(key);
        if (existing != null && (!existing.isDone() || fresh(existing, now, source))) {
            return existing;
        }
        remove(key);
        pages.put(key, mine);
        return null;
    }

    private synchronized void settle(String key, CompletableFuture<Page> mine, Page page) {
        mine.complete(page);
        if (page == null) {
            pages.remove(key, mine);
            return;
        }
        bytes += page.body().length;
        var eldest = pages.entrySet().iterator();
        while ((pages.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            var entry = eldest.next();
            if (entry.getValue() != mine && entry.getValue().isDone()) {
                bytes -= size(entry.getValue());
                eldest.remove();
            }
        }
    }

    private void remove(String key) {
        CompletableFuture<Page> old = pages.remove(key);
        if (old != null) {
            bytes -= size(old);
        }
    }

    private static boolean fresh(CompletableFuture<Page> entry, Instant now, Object source) {
        Page page = entry.getNow(null);
        return page != null && page.freshFor(now, source);
    }

    private static long size(CompletableFuture<Page> entry) {
        Page page = entry.isDone() ? entry.getNow(null) : null;
        return page == null ? 0 : page.body().length;
    }

    private static Page await(CompletableFuture<Page> entry) throws IOException {
        try {
            return entry.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The address and the language the visitor's cookie remembers: all an anonymous page depends on. */
    static String key(HttpServletRequest request) {
        String language = "uk";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LanguageSelection.COOKIE.equals(cookie.getName()) && LanguageSelection.isSupported(cookie.getValue())) {
                    language = cookie.getValue();
                }
            }
        }
        String query = request.getQueryString();
        return language + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", HTTP_DATE.format(page.renderedAt()));
        response.setHeader("Cache-Control", "public, max-age=" + FRESH.toSeconds());
        response.setHeader("Vary", "Cookie");
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean notModified(HttpServletRequest request, Page page) {
        String etags = request.getHeader("If-None-Match");
        if (etags != null) {
            return etags.contains(page.etag()) || etags.trim().equals("*");
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since > 0 && !page.renderedAt().truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(since));
    }

    /**
     * The response of one rendering, held back: a complete 200 without cookies becomes a page to
     * keep; anything else (an error, a redirect, a cookie) goes to the visitor as it was.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private boolean passedOn;
        private boolean cookie;
        private int status = SC_OK;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean keepable() {
            return !passedOn && !cookie && status == SC_OK && buffer.size() > 0;
        }

        Page page(Instant now, Object source) {
            if (writer != null) {
                writer.flush();
            }
            byte[] body = buffer.toByteArray();
            String type = getContentType() == null ? "text/html;charset=UTF-8" : getContentType();
            return new Page(body, type, etag(body), now.truncatedTo(ChronoUnit.SECONDS), source);
        }

        /** What was rendered goes to the visitor unkept (unless the container answers it already). */
        void release() throws IOException {
            if (passedOn) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            getResponse().getOutputStream().write(buffer.toByteArray());
        }

        @Override
        public void addCookie(Cookie c) {
            cookie = true;
            super.addCookie(c);
        }

        @Override
        public void setHeader(String name, String value) {
            cookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            cookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedOn = true;
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedOn = true;
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a page is rendered synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held until the rendering ends
        }

        @Override
        public boolean isCommitted() {
            return passedOn && super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }

        @Override
        public void setContentLength(int len) {
            // the length is the buffer's, set when written
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is the buffer's, set when written
        }

        private static String etag(byte[] body) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
                return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
