package vn.motcua.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * What an uploaded file is, judged by reading all of it: a PDF must parse and have pages, an image
 * must decode to its last row, an office file must open as the kind its name says (a Word document
 * as a Word document, not any zip). The types MotCua stores and serves files with are the kinds'
 * types and {@value #UNKNOWN}; nothing a sender claims ({@code text/html}, a malformed type) is
 * ever stored or served.
 */
public final class FileContent {

    /** The type of a file that is none of the kinds: served as bytes to download, never shown by the browser. */
    public static final String UNKNOWN = "application/octet-stream";

    /** Uncompressed bytes an office file may hold at most, so a small zip cannot unpack into the heap. */
    static final long OFFICE_UNPACKED_LIMIT = 64L * 1024 * 1024;

    /** Pixels an image may have: a photograph of a paper, not a picture made to exhaust memory. */
    static final long IMAGE_PIXEL_LIMIT = 100_000_000L;

    /** The kinds of file MotCua recognises, their types and the names they go by. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        DOC("application/msword", "doc"),
        XLS("application/vnd.ms-excel", "xls");

        private final String contentType;
        private final List<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = List.of(extensions);
        }

        public String contentType() {
            return contentType;
        }

        public List<String> extensions() {
            return extensions;
        }
    }

    private FileContent() {
    }

    /**
     * The kind among {@code allowed} that the file's name says and its whole content is; empty when the
     * name names none of them or the content is not that kind (a PDF header followed by HTML, a zip named
     * .docx).
     */
    public static Optional<Kind> recognise(String name, byte[] content, List<Kind> allowed) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String extension = extension(name);
        for (Kind kind : allowed) {
            if (kind.extensions().contains(extension)) {
                return is(kind, content) ? Optional.of(kind) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The type to store a file with: its kind's type when it is one of the kinds, {@value #UNKNOWN} otherwise. */
    public static String storedType(String name, byte[] content) {
        return recognise(name, content, Arrays.asList(Kind.values())).map(Kind::contentType).orElse(UNKNOWN);
    }

    /**
     * The type to serve a stored file with: the stored type when it is one of the kinds' types,
     * {@value #UNKNOWN} otherwise (a type stored before types were checked, malformed or not).
     */
    public static String servedType(String stored) {
        if (stored != null) {
            String base = stored.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            for (Kind kind : Kind.values()) {
                if (kind.contentType().equals(base)) {
                    return kind.contentType();
                }
            }
        }
        return UNKNOWN;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the whole content is a file of the kind. */
    static boolean is(Kind kind, byte[] content) {
        try {
            return switch (kind) {
                case PDF -> pdf(content);
                case PNG -> image(content, "png");
                case JPEG -> image(content, "jpeg");
                case DOCX -> office(content, XWPFRelation.DOCUMENT.getContentType(), false);
                case XLSX -> office(content, XSSFRelation.WORKBOOK.getContentType(), true);
                case DOC -> compound(content, "WordDocument");
                case XLS -> compound(content, "Workbook", "Book");
            };
        } catch (Exception | LinkageError notThatKind) {
            return false;
        }
    }

    private static boolean pdf(byte[] content) throws IOException {
        if (!startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        }
    }

    /** Decodes every row of the image, keeping only a few of them, so memory stays small whatever its size. */
    private static boolean image(byte[] content, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return false;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                if (!reader.getFormatName().equalsIgnoreCase(format)) {
                    return false;
                }
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > IMAGE_PIXEL_LIMIT) {
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / 256);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return image != null && image.getWidth() > 0;
            } finally {
                reader.dispose();
            }
        }
    }

    /** An Office Open XML package whose main part is of the type, read to the end (every part parsed). */
    private static boolean office(byte[] content, String mainType, boolean workbook) throws Exception {
        if (!startsWith(content, new byte[] { 'P', 'K', 3, 4 }) || unpackedSize(content) > OFFICE_UNPACKED_LIMIT) {
            return false;
        }
        try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackageRelationshipCollection main = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                return false;
            }
            PackagePart part = pack.getPart(main.getRelationship(0));
            if (part == null || !mainType.equals(part.getContentType())) {
                return false;
            }
            if (workbook) {
                try (XSSFWorkbook opened = new XSSFWorkbook(pack)) {
                    return opened.getNumberOfSheets() > 0;
                }
            }
            try (XWPFDocument opened = new XWPFDocument(pack)) {
                return opened.getBodyElements() != null;
            }
        }
    }

    /** The bytes a zip unpacks to, counted by unpacking it, stopped just past the limit. */
    private static long unpackedSize(byte[] content) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > OFFICE_UNPACKED_LIMIT) {
                        return total;
                    }
                }
            }
        }
        return total;
    }

    /** An OLE2 compound file (Word 97–2003, Excel 97–2003) holding one of the named streams. */
    private static boolean compound(byte[] content, String... streams) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content); POIFSFileSystem file = new POIFSFileSystem(in)) {
            for (String stream : streams) {
                if (file.getRoot().hasEntry(stream)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
