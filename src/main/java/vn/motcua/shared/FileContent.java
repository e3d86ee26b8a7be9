package vn.motcua.shared;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * What an uploaded file is, judged by reading all of it: a PDF must parse and have pages, an image
 * must decode to its last row, an office file must open as the kind its name says (a Word document
 * as a Word document, not any zip) with every XML part of it well formed. The types MotCua stores
 * and serves files with are the kinds' types and {@value #UNKNOWN}; nothing a sender claims
 * ({@code text/html}, a malformed type) is ever stored or served.
 * <p>
 * The checks read the file where it lies on disk, a part at a time, so a large upload is judged
 * without being held in memory: a PDF through its cross-reference table, an image row by row, an
 * office package entry by entry with its XML streamed rather than built into a tree.
 */
public final class FileContent {

    /** The type of a file that is none of the kinds: served as bytes to download, never shown by the browser. */
    public static final String UNKNOWN = "application/octet-stream";

    /** Uncompressed bytes an office file may hold at most, so a small zip cannot unpack into a long check. */
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
    public static Optional<Kind> recognise(String name, Path file, Collection<Kind> allowed) {
        return named(name, allowed).filter(kind -> is(kind, file));
    }

    /** The same for content held in memory (a small upload read whole): judged from a temporary file, as any upload. */
    public static Optional<Kind> recognise(String name, byte[] content, Collection<Kind> allowed) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        Optional<Kind> named = named(name, allowed);
        if (named.isEmpty()) {
            return named;
        }
        Path file = null;
        try {
            file = Files.createTempFile("motcua-check-", ".upload");
            Files.write(file, content);
            return is(named.get(), file) ? named : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The kind among {@code allowed} the file's name says it is, by its extension; its content is not read. */
    public static Optional<Kind> named(String name, Collection<Kind> allowed) {
        String extension = extension(name);
        return allowed.stream().filter(kind -> kind.extensions().contains(extension)).findFirst();
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

    /** Whether the whole content of the file is a file of the kind. */
    public static boolean is(Kind kind, Path file) {
        try {
            if (Files.size(file) == 0) {
                return false;
            }
            return switch (kind) {
                case PDF -> pdf(file);
                case PNG -> image(file, "png");
                case JPEG -> image(file, "jpeg");
                case DOCX -> office(file, XWPFRelation.DOCUMENT.getContentType(), "document", null);
                case XLSX -> office(file, XSSFRelation.WORKBOOK.getContentType(), "workbook", "sheet");
                case DOC -> compound(file, "WordDocument");
                case XLS -> compound(file, "Workbook", "Book");
            };
        } catch (Exception | LinkageError notThatKind) {
            return false;
        }
    }

    /** Parsed from the file through its cross-reference table: its objects are read when asked, never all at once. */
    private static boolean pdf(Path file) throws IOException {
        if (!startsWith(file, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages() > 0;
        }
    }

    /** Decodes every row of the image, keeping only a few of them, so memory stays small whatever its size. */
    private static boolean image(Path file, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
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

    /**
     * An Office Open XML package whose main part is of the type, with the root element named, holding
     * at least one {@code required} element when one is named, and every XML part well formed. The zip
     * must be whole (its central directory read), so a truncated file is not read as far as it goes.
     */
    private static boolean office(Path file, String mainType, String root, String required) throws Exception {
        if (!startsWith(file, new byte[] { 'P', 'K', 3, 4 }) || unpackedSize(file) > OFFICE_UNPACKED_LIMIT) {
            return false;
        }
        try (OPCPackage pack = OPCPackage.open(new ZipFileZipEntrySource(new ZipSecureFile(file.toFile())))) {
            PackageRelationshipCollection main = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                return false;
            }
            PackagePart mainPart = pack.getPart(main.getRelationship(0));
            if (mainPart == null || !mainType.equals(mainPart.getContentType())) {
                return false;
            }
            for (PackagePart part : pack.getParts()) {
                if (part instanceof PackagePropertiesPart) {
                    continue; // parsed by POI as the package opened
                }
                String type = part.getContentType();
                boolean isMain = part.getPartName().equals(mainPart.getPartName());
                if ((isMain || type.endsWith("+xml") || type.endsWith("/xml")) && !wellFormed(part, isMain ? root : null,
                        isMain ? required : null)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final XMLInputFactory XML = safeXml();

    private static XMLInputFactory safeXml() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Reads the part's XML to its end as a stream of events; no document type, the root and a required element as asked. */
    private static boolean wellFormed(PackagePart part, String root, String required) throws Exception {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
            try {
                boolean first = true;
                boolean found = required == null;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return false;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (first && root != null && !root.equals(reader.getLocalName())) {
                            return false;
                        }
                        first = false;
                        found |= required != null && required.equals(reader.getLocalName());
                    }
                }
                return !first && found;
            } finally {
                reader.close();
            }
        }
    }

    /** The bytes a zip unpacks to, counted by unpacking it, stopped just past the limit. */
    private static long unpackedSize(Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
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
    private static boolean compound(Path file, String... streams) throws IOException {
        try (POIFSFileSystem compound = new POIFSFileSystem(file.toFile(), true)) {
            for (String stream : streams) {
                if (compound.getRoot().hasEntry(stream)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean startsWith(Path file, byte[] prefix) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }
}
