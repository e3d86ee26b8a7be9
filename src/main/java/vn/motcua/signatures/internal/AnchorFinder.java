package vn.motcua.signatures.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds where a page prints a signature block's text ("NGƯỜI TIẾP NHẬN HỒ SƠ", the signer's name), so
 * that the visible signature lands in the block the form keeps for it, whatever the length of the text
 * above pushed it to. The last occurrence wins: the block closes the form.
 */
final class AnchorFinder extends PDFTextStripper {

    /** Where the text was found: its page (0-based) and its box, measured from the top left of the page. */
    record Placement(int page, float left, float right, float top, float bottom) {
    }

    private final Pattern anchor;
    private Placement found;

    /**
     * The anchor's letters outside ASCII match any one character: a PDF whose font lacks a Unicode map
     * for a letter (an uploaded one, or a page rendered without the embedded font) reads "NGƯỜI" back as "NG##I".
     */
    private AnchorFinder(String anchor) {
        StringBuilder pattern = new StringBuilder();
        anchor.codePoints().forEach(c -> pattern.append(c < 128 ? Pattern.quote(Character.toString(c)) : "."));
        this.anchor = Pattern.compile(pattern.toString());
    }

    static Optional<Placement> find(PDDocument document, String anchor) throws IOException {
        if (anchor == null || anchor.isBlank()) {
            return Optional.empty();
        }
        AnchorFinder finder = new AnchorFinder(anchor.strip());
        finder.setSortByPosition(true);
        finder.writeText(document, new StringWriter());
        return Optional.ofNullable(finder.found);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        Matcher matcher = anchor.matcher(text);
        int at = -1;
        int end = -1;
        while (matcher.find()) {
            at = matcher.start();
            end = matcher.end();
        }
        if (at < 0 || positions.isEmpty()) {
            return;
        }
        // A letter with its diacritics is usually one position, but not always: clamp rather than trust the index.
        TextPosition first = positions.get(Math.min(at, positions.size() - 1));
        TextPosition last = positions.get(Math.min(end - 1, positions.size() - 1));
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (TextPosition position : positions.subList(positions.indexOf(first), positions.indexOf(last) + 1)) {
            top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
            bottom = Math.max(bottom, position.getYDirAdj());
        }
        found = new Placement(getCurrentPageNo() - 1, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), top, bottom);
    }
}
