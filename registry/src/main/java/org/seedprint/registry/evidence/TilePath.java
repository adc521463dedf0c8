package org.seedprint.registry.evidence;

import java.util.regex.Pattern;
import org.seedprint.registry.platform.DomainException.Invalid;

/**
 * A C2SP tlog-tiles resource: a hash tile {@code tile/<L>/<N>[.p/<W>]} or an entry bundle
 * {@code tile/entries/<N>[.p/<W>]}. Only the canonical spelling is accepted (one path per resource,
 * so caches never hold two copies).
 *
 * @param level the tile level, or {@link #ENTRIES} for an entry bundle
 * @param index the tile's index within its level
 * @param width 256 for a full tile, 1 to 255 for a partial one
 */
record TilePath(int level, long index, int width) {

    static final int ENTRIES = -1;
    static final int FULL = 256;

    private static final Pattern LEVEL = Pattern.compile("0|[1-9][0-9]?");
    private static final Pattern WIDTH = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern INNER = Pattern.compile("x[0-9]{3}");
    private static final Pattern LAST = Pattern.compile("[0-9]{3}");

    boolean entries() {
        return level == ENTRIES;
    }

    boolean full() {
        return width == FULL;
    }

    /** The path under the log's prefix, as a client builds it. */
    String path() {
        StringBuilder n = new StringBuilder();
        String digits = Long.toString(index);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        for (int i = 0; i < digits.length(); i += 3) {
            n.append(i + 3 < digits.length() ? "x" : "").append(digits, i, i + 3);
            if (i + 3 < digits.length()) {
                n.append('/');
            }
        }
        return "tile/" + (entries() ? "entries" : Integer.toString(level)) + "/" + n + (full() ? "" : ".p/" + width);
    }

    /** Parses the part after {@code tile/}: the level (or "entries") and the rest of the path. */
    static TilePath parse(String level, String rest) {
        int l;
        if (level.equals("entries")) {
            l = ENTRIES;
        } else if (LEVEL.matcher(level).matches() && Integer.parseInt(level) <= 63) {
            l = Integer.parseInt(level);
        } else {
            throw new Invalid("level", "tile level must be \"entries\" or 0..63 without leading zeroes, got " + level);
        }
        String[] parts = rest.startsWith("/") ? rest.substring(1).split("/", -1) : rest.split("/", -1);
        int width = FULL;
        int count = parts.length;
        if (count >= 2 && parts[count - 2].endsWith(".p")) {
            String w = parts[count - 1];
            if (!WIDTH.matcher(w).matches() || Integer.parseInt(w) > 255) {
                throw new Invalid("width", "partial tile width must be 1..255 without leading zeroes, got " + w);
            }
            width = Integer.parseInt(w);
            count--;
            parts[count - 1] = parts[count - 1].substring(0, parts[count - 1].length() - 2);
        }
        long index = 0;
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            if (!(last ? LAST : INNER).matcher(parts[i]).matches()) {
                throw new Invalid(
                        "index", "tile index must be 3-digit path elements, all but the last with an x, got " + rest);
            }
            if (i == 0 && count > 1 && parts[0].equals("x000")) {
                throw new Invalid("index", "tile index has a leading zero element: " + rest);
            }
            if (index > (Long.MAX_VALUE - 999) / 1000) {
                throw new Invalid("index", "tile index is too large: " + rest);
            }
            index = index * 1000 + Integer.parseInt(parts[i].substring(last ? 0 : 1));
        }
        return new TilePath(l, index, width);
    }
}
