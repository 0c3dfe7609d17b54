package io.lede.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Generates hostile files the way editors and broken systems produce them: zip bombs, encrypted and
 * corrupt PDFs and DOCX, invalid UTF-8, deeply nested HTML, random bytes. Deterministic for a given seed.
 */
public final class HostileCorpus {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String TEXT = "Le conseil municipal a vot\u00e9 le budget de la ville apr\u00e8s un long d\u00e9bat. ";

    private HostileCorpus() {
    }

    /** A ZIP holding one entry of {@code expandedBytes} zeros (a ratio of about 1000:1). */
    public static byte[] zipBomb(long expandedBytes) {
        return zip("zeros.bin", out -> repeat(out, new byte[64 * 1024], expandedBytes));
    }

    /** ZIPs nested {@code depth} times, each level holding ten copies of the level below. */
    public static byte[] nestedZipBomb(int depth, long innermostBytes) {
        byte[] level = zipBomb(innermostBytes);
        for (int d = 0; d < depth; d++) {
            byte[] inner = level;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < 10; i++) {
                    zip.putNextEntry(new ZipEntry("level" + d + "-" + i + ".zip"));
                    zip.write(inner);
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            level = bytes.toByteArray();
        }
        return level;
    }

    /** A well-formed DOCX whose document.xml expands to about {@code expandedBytes} of paragraphs. */
    public static byte[] docxBomb(long expandedBytes) {
        byte[] paragraph = ("<w:p><w:r><w:t>" + TEXT + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
        return docx(out -> repeat(out, paragraph, expandedBytes));
    }

    /** A small, valid DOCX with one paragraph of {@code text}. */
    public static byte[] docx(String text) {
        byte[] paragraph = ("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
        return docx(out -> out.write(paragraph));
    }

    /** The DOCX encrypted with a password (ECMA-376 standard encryption in an OLE2 container, as Word writes). */
    public static byte[] encryptedDocx(String text, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(docx(text));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF with {@code text}, encrypted with a user password (cannot be opened without it). */
    public static byte[] encryptedPdf(String text, String userPassword) {
        return pdf(text, userPassword);
    }

    /** A one-page PDF with {@code text}. */
    public static byte[] pdf(String text) {
        return pdf(text, null);
    }

    private static byte[] pdf(String text, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF header followed by random bytes: no readable object. */
    public static byte[] corruptPdf(Random random) {
        return withHeader("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", random, 2048 + random.nextInt(4096));
    }

    /** A valid PDF cut off before its first object ends. */
    public static byte[] truncatedPdf(Random random) {
        byte[] whole = pdf(TEXT);
        return Arrays.copyOf(whole, 20 + random.nextInt(30));
    }

    /** The first part of a valid DOCX: the ZIP's central directory is missing. */
    public static byte[] truncatedDocx(Random random) {
        byte[] whole = docx(TEXT.repeat(50));
        return Arrays.copyOf(whole, whole.length / 3 + random.nextInt(whole.length / 3));
    }

    /** A ZIP local-file signature followed by random bytes. */
    public static byte[] corruptDocx(Random random) {
        return withHeader("PK\u0003\u0004", random, 2048 + random.nextInt(4096));
    }

    /** HTML declared as UTF-8 whose text is made of byte sequences that are not UTF-8. */
    public static byte[] invalidUtf8Html(Random random) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("<html><head><meta charset=\"utf-8\"><title>".getBytes(StandardCharsets.US_ASCII));
        invalidUtf8(bytes, random, 40);
        bytes.writeBytes("</title></head><body><p>".getBytes(StandardCharsets.US_ASCII));
        invalidUtf8(bytes, random, 3000);
        bytes.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    private static void invalidUtf8(ByteArrayOutputStream out, Random random, int n) {
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.write(0xC3); // lead byte followed by a non-continuation byte below
                case 1 -> out.write(0x80 + random.nextInt(0x40)); // stray continuation byte
                case 2 -> out.write(0xF8 + random.nextInt(8)); // never valid in UTF-8
                default -> out.write(0xED); // surrogate lead...
            }
            if (random.nextInt(3) == 0) {
                out.write(0xA0 + random.nextInt(0x20)); // ...with a surrogate continuation
            }
        }
    }

    /** {@code depth} nested elements around a short text. */
    public static byte[] deeplyNestedHtml(int depth, String tag) {
        String html = "<html><body>" + ("<" + tag + ">").repeat(depth) + TEXT + ("</" + tag + ">").repeat(depth)
                + "</body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] withHeader(String header, Random random, int n) {
        byte[] head = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + n);
        byte[] tail = randomBytes(random, n);
        System.arraycopy(tail, 0, out, head.length, n);
        return out;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] docx(Body paragraphs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            paragraphs.writeTo(zip);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, Body content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(name));
            content.writeTo(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void repeat(OutputStream out, byte[] unit, long total) throws IOException {
        for (long written = 0; written < total; written += unit.length) {
            out.write(unit);
        }
    }
}
