package io.lede.parse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.SAXException;

/**
 * Parses pages and files with Apache Tika as {@code tika-config.xml} configures it, within {@link ParseLimits},
 * and keeps only the article's main text and metadata.
 */
public final class TikaParsing implements AutoCloseable {
    private static final String CONFIG_RESOURCE = "tika-config.xml";
    /**
     * Context class loader while Tika runs: the JDK's XML factories look their implementation up through it,
     * and inside OSGi the bundle's own loader cannot see the JDK's internal classes. Tika's own services are
     * found through the class loader passed to {@link TikaConfig} explicitly.
     */
    private static final ClassLoader JDK_FACTORIES = ClassLoader.getPlatformClassLoader();

    /** Types Tika gives password-protected files it cannot open (OOXML in an encrypted OLE2 container). */
    private static final Set<String> ENCRYPTED_TYPES = Set.of("application/x-tika-ooxml-protected",
            "application/encrypted");

    /** How many times the byte limit the entries of a ZIP container (DOCX, ODT) may expand to together. */
    private static final long MAX_EXPANSION = 10;

    private final AutoDetectParser parser;
    /** The same parsers, for content known to be HTML: Tika's type detection (MIME magic over the bytes) is skipped. */
    private final AutoDetectParser htmlParser;
    private final ParseLimits limits;
    private final ExecutorService timer;

    public TikaParsing(TikaConfig config, ParseLimits limits) {
        this.parser = new AutoDetectParser(config);
        this.htmlParser = new AutoDetectParser(config);
        this.htmlParser.setDetector((in, metadata) -> MediaType.TEXT_HTML);
        this.limits = Objects.requireNonNull(limits);
        this.timer = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lede-tika");
            t.setDaemon(true);
            return t;
        });
    }

    /** Tika configured by the project's {@code tika-config.xml}, loaded with this bundle's class loader. */
    public static TikaParsing withDefaults() {
        return new TikaParsing(loadConfig(), ParseLimits.defaults());
    }

    public static TikaParsing withLimits(ParseLimits limits) {
        return new TikaParsing(loadConfig(), limits);
    }

    public static TikaConfig loadConfig() {
        ClassLoader loader = TikaParsing.class.getClassLoader();
        URL url = TikaParsing.class.getResource(CONFIG_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing " + CONFIG_RESOURCE);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JDK_FACTORIES);
        // The DOM is built from the URL's own stream: handing Tika the URL makes it parse the URL's text again,
        // and a "bundle:" URL re-parsed through the JVM-wide handler may land in another OSGi framework.
        try (InputStream in = url.openStream()) {
            return new TikaConfig(XMLReaderUtils.buildDOM(in).getDocumentElement(), loader);
        } catch (TikaException | IOException | SAXException e) {
            throw new IllegalStateException("cannot load " + CONFIG_RESOURCE + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public ParseLimits limits() {
        return limits;
    }

    /**
     * @param content     the raw bytes
     * @param contentType the declared content type (e.g. from HTTP), may be null
     * @param name        a file name or URL, used for type detection and messages
     */
    public ParsedDocument parse(byte[] content, String contentType, String name) throws ParseException {
        return parse(parser, content, contentType, name);
    }

    /**
     * Parses content whose format says it is HTML (e.g. the {@code body} of a JSON Lines export), without detecting
     * its type from the bytes; otherwise like {@link #parse}.
     */
    public ParsedDocument parseHtml(String html, String name) throws ParseException {
        return parse(htmlParser, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", name);
    }

    private ParsedDocument parse(AutoDetectParser parser, byte[] content, String contentType, String name)
            throws ParseException {
        if (content.length == 0) {
            throw new ParseException("empty content");
        }
        if (content.length > limits.maxBytes()) {
            throw new ParseException("content of " + content.length + " bytes exceeds the limit of "
                    + limits.maxBytes() + " bytes");
        }
        Future<ParsedDocument> job = timer.submit(() -> parseNow(parser, content, contentType, name));
        try {
            return job.get(limits.maxMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ParseException("parsing took longer than " + limits.maxMillis() + " ms");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseException("interrupted while parsing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParseException pe) {
                throw pe;
            }
            throw new ParseException(describe(cause), cause);
        }
    }

    private ParsedDocument parseNow(AutoDetectParser parser, byte[] content, String contentType, String name)
            throws ParseException {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        if (contentType != null && !contentType.isBlank()) {
            metadata.set(Metadata.CONTENT_TYPE, contentType);
        }
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        MainTextHandler handler = new MainTextHandler(limits.maxChars(), limits.maxNesting());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JDK_FACTORIES);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            if (isZip(content)) {
                // DOCX/ODT: POI then reads the ZIP from a file, entry by entry with its zip-bomb checks, instead of
                // buffering every entry (up to 100 MB each) from a stream
                ZipBombCheck.check(in.getPath(), MAX_EXPANSION * limits.maxBytes());
            }
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ParseException("the document is encrypted", e);
        } catch (ZeroByteFileException e) {
            throw new ParseException("empty content", e);
        } catch (IOException | SAXException | TikaException e) {
            if (!TextLimitReached.causedBy(e)) {
                throw new ParseException(describe(e), e);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        String baseType = type == null ? "" : MediaType.parse(type) == null ? type : MediaType.parse(type).getBaseType()
                .toString();
        if (ENCRYPTED_TYPES.contains(baseType)) {
            throw new ParseException("the document is encrypted (" + baseType + ")");
        }
        String text = handler.text();
        String title = first(metadata, "og:title", TikaCoreProperties.TITLE.getName(), "title");
        if (title.isEmpty()) {
            title = handler.firstHeadline();
        }
        if (title.isEmpty() && type != null && type.startsWith("text/plain")) {
            int end = text.indexOf("\n\n");
            if (end > 0 && end <= 300) {
                title = text.substring(0, end);
                text = text.substring(end + 2);
            }
        }
        title = stripSiteSuffix(title, handler.firstHeadline());
        if (text.isBlank() && title.isBlank()) {
            if (!baseType.isEmpty() && !parser.getSupportedTypes(context).contains(MediaType.parse(baseType))) {
                throw new ParseException("unsupported content type " + baseType + " (Lede reads HTML, text, PDF, "
                        + "DOCX and ODT)");
            }
            throw new ParseException("no text found in " + (type == null ? "the content" : type));
        }
        if (UnreadableText.isUnreadable(title + "\n" + text)) {
            throw new ParseException("the content is not readable text (binary data or a wrong character encoding)");
        }
        return new ParsedDocument(type == null ? "application/octet-stream" : type, title,
                first(metadata, "og:description", "description", TikaCoreProperties.DESCRIPTION.getName()),
                text,
                IsoTimes.parseOrNull(first(metadata, "article:published_time", TikaCoreProperties.CREATED.getName(), "date",
                        "dcterms:created")),
                IsoTimes.parseOrNull(first(metadata, "article:modified_time", TikaCoreProperties.MODIFIED.getName(),
                        "dcterms:modified", "last-modified")),
                authors(metadata),
                first(metadata, "article:section", "section"),
                tags(metadata),
                handler.canonical(),
                language(metadata));
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Prefers the page's own headline when the title tag carries a " | Site name" suffix. */
    private static String stripSiteSuffix(String title, String headline) {
        if (!headline.isEmpty() && title.startsWith(headline) && title.length() > headline.length()) {
            return headline;
        }
        return title.strip();
    }

    /** The innermost cause's message: Tika wraps handler errors (e.g. the nesting limit) in generic ones. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return msg == null || msg.isBlank() ? kind : kind + ": " + msg;
    }

    private static String first(Metadata metadata, String... names) {
        for (String n : names) {
            String v = metadata.get(n);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static List<String> authors(Metadata metadata) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : new String[] {"article:author", "author", TikaCoreProperties.CREATOR.getName()}) {
            String[] values = metadata.getValues(n);
            for (String v : values) {
                if (v != null && !v.isBlank() && !v.startsWith("http")) {
                    out.add(v.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> tags(Metadata metadata) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : metadata.getValues("article:tag")) {
            out.add(v.strip());
        }
        String keywords = metadata.get("keywords");
        if (keywords != null) {
            for (String k : keywords.split(",")) {
                if (!k.isBlank()) {
                    out.add(k.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String language(Metadata metadata) {
        String lang = first(metadata, "og:locale", TikaCoreProperties.LANGUAGE.getName(), "Content-Language",
                "language");
        return lang.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
