package org.seedprint.registry.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;

/**
 * How a variety or MCPD CSV's bytes become text (docs/import.md, "Encodings"): a byte-order mark
 * decides; else the {@code encoding} the client named, decoded strictly; else strict UTF-8; else
 * GB18030 (the superset of GBK and GB2312 that Chinese offices' spreadsheets still export) only
 * when the whole file decodes strictly as GB18030 and reads as Chinese text. Anything else is
 * refused naming the first line that is not UTF-8: a Latin-1 "Müller" must never become a
 * Chinese character, which is what GBK makes of its bytes.
 */
final class CsvEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** The text and the encoding it was read in (for the job's summary). */
    record Decoded(String text, Charset charset, boolean guessed) {}

    private CsvEncoding() {}

    static Decoded decode(byte[] bytes, String source, @Nullable String encoding) throws InputFormatException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8, source);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
        if (encoding != null && !encoding.isBlank()) return strict(bytes, 0, charset(encoding, source), source);
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, source);
        } catch (InputFormatException notUtf8) {
            String gb = chineseGb18030(bytes);
            if (gb != null) return new Decoded(gb, GB18030, true);
            throw notUtf8;
        }
    }

    /** The encodings a client may name: UTF-8 and the Chinese national ones (GBK and GB2312 read as GB18030). */
    static Charset charset(String name, String source) throws InputFormatException {
        return switch (name.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GB18030", "GBK", "GB2312", "CP936" -> GB18030;
            default ->
                throw new InputFormatException(
                        source, 0, "encoding", "encoding '" + name + "' is not one of UTF-8, GB18030 (also for GBK)");
        };
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String source) throws InputFormatException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) d.maxCharsPerByte()) + 16);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) {
            int at = in.position();
            throw new InputFormatException(source, line(bytes, at), "encoding", notIn(bytes, at, cs));
        }
        return new Decoded(out.flip().toString(), cs, false);
    }

    /**
     * The text if the whole file is GB18030 that reads as Chinese: every non-ASCII character a
     * two-byte GB2312 one (both bytes 0xA1-0xFE, where GBK puts the common Han characters and
     * Chinese punctuation, and where Latin-1 text followed by an ASCII letter never falls), each a
     * Han character, CJK punctuation or a full-width form, and at least half of the Han
     * characters in runs of two or more; else null.
     */
    static @Nullable String chineseGb18030(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) continue;
            if (b < 0xA1 || b > 0xFE || i + 1 >= bytes.length) return null;
            int t = bytes[++i] & 0xFF;
            if (t < 0xA1 || t > 0xFE) return null;
        }
        String text;
        try {
            text = GB18030.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int han = 0;
        int inRuns = 0;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run++;
                continue;
            }
            han += run;
            if (run >= 2) inRuns += run;
            run = 0;
            boolean punctuation = (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
            if (c >= 0x80 && !punctuation) return null;
        }
        // Chinese names are mostly runs of Han characters ("丹霞红梨"); Latin-1 read as GBK gives
        // lone ones (two adjacent accented letters make one character, "Sääksi" -> "S" + 1 + "ksi").
        return han > 0 && inRuns * 2 >= han ? text : null;
    }

    private static String notIn(byte[] bytes, int at, Charset cs) {
        int start = lineStart(bytes, at);
        String hex = at < bytes.length ? String.format("0x%02X", bytes[at] & 0xFF) : "the end of the file";
        String hint = cs.equals(StandardCharsets.UTF_8)
                ? "; save the file as UTF-8 (or, for a Chinese GBK/GB18030 export, send encoding=GB18030)"
                : "";
        return "line " + line(bytes, at) + " is not " + cs.name() + " (" + hex + " at byte " + (at - start + 1)
                + " of the line)" + hint;
    }

    private static long line(byte[] bytes, int at) {
        long line = 1;
        for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int lineStart(byte[] bytes, int at) {
        int i = Math.min(at, bytes.length);
        while (i > 0 && bytes[i - 1] != '\n') i--;
        return i;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
