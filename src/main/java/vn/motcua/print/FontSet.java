package vn.motcua.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled Noto Sans faces, parsed once per process, with advance widths for layout. Widths are the font's own
 * advances, exactly what the PDF viewer uses, so laid-out text never runs past its box. Not thread-safe: the renderer
 * uses it under its own lock.
 */
final class FontSet {
    private static final char REPLACEMENT = '?';

    private final Map<TextStyle, TrueTypeFont> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, float[]> widths = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, CmapLookup> cmaps = new EnumMap<>(TextStyle.class);

    FontSet() {
        for (TextStyle s : TextStyle.values()) {
            try (InputStream in = FontSet.class.getResourceAsStream(s.resource())) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + s.resource());
                }
                TrueTypeFont ttf = reduced(new TTFParser().parse(new RandomAccessReadBuffer(in)));
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float upem = ttf.getUnitsPerEm();
                float[] w = new float[0x10000];
                for (int c = 0; c < w.length; c++) {
                    int gid = cmap.getGlyphId(c);
                    w[c] = gid > 0 ? ttf.getAdvanceWidth(gid) / upem : -1f;
                }
                fonts.put(s, ttf);
                widths.put(s, w);
                cmaps.put(s, cmap);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + s.resource(), e);
            }
        }
    }

    /** Unicode ranges kept: Latin (incl. all Vietnamese letters), combining marks, Greek, Cyrillic, punctuation. */
    private static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x2B0, 0x36F}, {0x370, 0x3FF},
        {0x400, 0x4FF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20BF}, {0x2100, 0x214F}, {0x2190, 0x21FF},
        {0x2200, 0x22FF}, {0x25A0, 0x25FF}, {0xFFFD, 0xFFFD}};

    /**
     * The face cut down once to the characters a Vietnamese form can hold: every document then subsets from ~1,000
     * glyphs instead of ~3,000, which keeps a receipt's render well under 50 ms.
     */
    private static TrueTypeFont reduced(TrueTypeFont full) throws IOException {
        // No GSUB/GPOS: PDFBox would otherwise run its (slow, for Vietnamese needless) substitution engine on every
        // string; precomposed NFC letters need no shaping.
        TTFSubsetter sub = new TTFSubsetter(full, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
                "fpgm", "gasp", "cmap", "name", "OS/2", "post"));
        for (int[] r : RANGES) {
            for (int c = r[0]; c <= r[1]; c++) {
                sub.add(c);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256 * 1024);
        sub.writeToStream(out);
        full.close();
        return new TTFParser(true).parse(new RandomAccessReadBuffer(out.toByteArray()));
    }

    TrueTypeFont ttf(TextStyle s) {
        return fonts.get(s);
    }

    /** Width of already {@link #clean cleaned} text at {@code size} points. */
    float width(String text, TextStyle style, float size) {
        float[] w = widths.get(style);
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            float cw = w[text.charAt(i)];
            sum += cw < 0 ? w[REPLACEMENT] : cw;
        }
        return sum * size;
    }

    /**
     * Text as it can be printed: NFC (Vietnamese letters as single precomposed glyphs), tabs and line breaks as
     * spaces, other control characters dropped, characters the font lacks shown as "?".
     */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        float[] w = widths.get(TextStyle.REGULAR);
        float[] b = widths.get(TextStyle.BOLD);
        float[] it = widths.get(TextStyle.ITALIC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u2028') {
                sb.append(c); // line separator: a forced break the layout honours
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u00a0') {
                sb.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (Character.isSurrogate(c) || w[c] < 0 || b[c] < 0 || it[c] < 0) {
                if (Character.isHighSurrogate(c) && i + 1 < nfc.length()) {
                    i++;
                }
                sb.append(REPLACEMENT);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
