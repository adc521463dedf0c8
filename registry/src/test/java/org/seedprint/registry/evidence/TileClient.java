package org.seedprint.registry.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tlog client written from C2SP tlog-tiles and RFC 6962 alone, sharing no code with the log:
 * it fetches tiles and entry bundles over HTTP, checks that the entries hash to the level-0 tiles
 * and the level-0 tiles to the level-1 tiles, and recomputes the root of a tree size.
 */
final class TileClient {

    static final int WIDTH = 256;

    /** What a tree of one size consists of, as read from the tiles. */
    record Tree(List<byte[]> entries, List<byte[]> leafHashes, byte[] root) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String prefix;

    TileClient(String prefix) {
        this.prefix = prefix;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(prefix + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    String checkpoint() throws IOException, InterruptedException {
        return new String(ok("checkpoint"), UTF_8);
    }

    /** Reads every entry and leaf hash of a tree of {@code size} and recomputes its root. */
    Tree read(long size) throws IOException, InterruptedException {
        List<byte[]> entries = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        for (long n = 0; n * WIDTH < size; n++) {
            int w = (int) Math.min(WIDTH, size - n * WIDTH);
            List<byte[]> tile = split(ok(tilePath("0", n, w)));
            List<byte[]> bundle = entries(ok(tilePath("entries", n, w)));
            if (tile.size() != w || bundle.size() != w) {
                throw new IllegalStateException(
                        "tile " + n + " has " + tile.size() + " hashes, bundle " + bundle.size());
            }
            for (int i = 0; i < w; i++) {
                if (!Arrays.equals(leafHash(bundle.get(i)), tile.get(i))) {
                    throw new IllegalStateException("entry " + (n * WIDTH + i) + " does not hash to its level-0 tile");
                }
            }
            entries.addAll(bundle);
            leaves.addAll(tile);
        }
        // each level-1 hash is the MTH of one full level-0 tile
        long fullTiles = size / WIDTH;
        for (long n = 0; n * WIDTH < fullTiles; n++) {
            int w = (int) Math.min(WIDTH, fullTiles - n * WIDTH);
            List<byte[]> tile = split(ok(tilePath("1", n, w)));
            for (int i = 0; i < w; i++) {
                int from = Math.toIntExact((n * WIDTH + i) * WIDTH);
                if (!Arrays.equals(mth(leaves.subList(from, from + WIDTH)), tile.get(i))) {
                    throw new IllegalStateException("level-1 hash " + (n * WIDTH + i) + " is not the root of its tile");
                }
            }
        }
        return new Tree(entries, leaves, mth(leaves));
    }

    private byte[] ok(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** tile/<L>/<N>[.p/<W>] with N in 3-digit elements, all but the last prefixed by x. */
    static String tilePath(String level, long n, int width) {
        String digits = Long.toString(n);
        while (digits.length() % 3 != 0) {
            digits = "0" + digits;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < digits.length(); i += 3) {
            parts.add((i + 3 < digits.length() ? "x" : "") + digits.substring(i, i + 3));
        }
        return "tile/" + level + "/" + String.join("/", parts) + (width == WIDTH ? "" : ".p/" + width);
    }

    static List<byte[]> split(byte[] tile) {
        if (tile.length % 32 != 0) {
            throw new IllegalStateException("tile length " + tile.length + " is not a multiple of 32");
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < tile.length; i += 32) {
            out.add(Arrays.copyOfRange(tile, i, i + 32));
        }
        return out;
    }

    static List<byte[]> entries(byte[] bundle) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        while (i < bundle.length) {
            int len = ((bundle[i] & 0xFF) << 8) | (bundle[i + 1] & 0xFF);
            out.add(Arrays.copyOfRange(bundle, i + 2, i + 2 + len));
            i += 2 + len;
        }
        return out;
    }

    /** RFC 6962 2.1 MTH over leaf hashes: split at the largest power of two below n. */
    static byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return sha256().digest();
        }
        if (n == 1) {
            return leaves.getFirst();
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        MessageDigest md = sha256();
        md.update((byte) 1);
        md.update(mth(leaves.subList(0, k)));
        md.update(mth(leaves.subList(k, n)));
        return md.digest();
    }

    static byte[] leafHash(byte[] entry) {
        MessageDigest md = sha256();
        md.update((byte) 0);
        md.update(entry);
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
