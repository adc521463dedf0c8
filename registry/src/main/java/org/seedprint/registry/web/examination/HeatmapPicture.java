package org.seedprint.registry.web.examination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.examination.ExaminationQueries.Heatmap;

/**
 * The batch's similarity heatmap as the template draws it: a row per candidate, a column per
 * nearest library variety, each cell filled by similarity (pale below 0.5, dark red at 1.0, the
 * EDV threshold marked on the legend), its class outlined. Coordinates in SVG user units.
 */
record HeatmapPicture(
        int width,
        int height,
        int left,
        int top,
        int cellWidth,
        int cellHeight,
        List<ColumnLabel> columns,
        List<RowLabel> rows,
        List<Box> cells,
        List<Stop> legend,
        double legendX,
        double legendY,
        double legendWidth,
        @Nullable Double edvX,
        @Nullable Double edvSimilarity) {

    static final double LOW = 0.5;

    /** Colour stops of the scale, low to high similarity (a yellow-orange-red ramp). */
    static final double[] AT = {0.50, 0.70, 0.85, 0.90, 0.95, 0.98, 1.00};

    static final String[] COLOUR = {"#fbf8e6", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04"};

    record ColumnLabel(double x, String label, @Nullable Long varietyId) {}

    record RowLabel(
            double y, String number, String label, @Nullable String classification) {}

    record Box(
            double x,
            double y,
            String fill,
            String ink,
            String text,
            String classification,
            boolean topHit,
            String tooltip) {}

    record Stop(double offset, String colour) {}

    static HeatmapPicture of(Heatmap h, Map<Long, String> names) {
        int cols = h.columns().size();
        int left = 250;
        int top = 150;
        int cw = cols == 0 ? 28 : Math.max(14, Math.min(34, (1000 - left - 10) / cols));
        int ch = 22;
        List<ColumnLabel> columns = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            Heatmap.Column c = h.columns().get(j);
            Long variety = c.varietyId();
            String denomination = c.denomination();
            String name = variety != null ? names.get(variety) : null;
            if (name == null) name = denomination != null ? denomination : "profile " + c.profileId();
            columns.add(new ColumnLabel(left + j * cw + cw / 2.0, name, c.varietyId()));
        }
        List<RowLabel> rows = new ArrayList<>();
        List<Box> cells = new ArrayList<>();
        for (int i = 0; i < h.rows().size(); i++) {
            Heatmap.Row r = h.rows().get(i);
            double y = top + i * ch;
            rows.add(new RowLabel(y + ch / 2.0, r.number(), r.number() + " " + r.denomination(), r.classification()));
            for (int j = 0; j < r.cells().size(); j++) {
                Heatmap.Cell c = r.cells().get(j);
                boolean none = c.compared() == 0;
                String fill = none ? "#e4e4e4" : colour(c.similarity());
                String ink = !none && c.similarity() >= 0.94 ? "#ffffff" : "#1c2a24";
                String text = none ? "—" : String.format(Locale.ROOT, "%.0f", Math.floor(c.similarity() * 100));
                String tip = r.number() + " × " + columns.get(j).label() + "\n相似度 similarity "
                        + (none ? "—" : String.format(Locale.ROOT, "%.4f", c.similarity())) + " (" + c.identical() + "/"
                        + c.compared() + ")\n" + c.classification() + (c.topHit() ? " · 前列近似 top hit" : "");
                cells.add(new Box(
                        left + j * cw, y, fill, ink, cw >= 20 ? text : "", c.classification(), c.topHit(), tip));
            }
        }
        List<Stop> legend = new ArrayList<>();
        for (int k = 0; k < AT.length; k++) legend.add(new Stop((AT[k] - LOW) / (1 - LOW), COLOUR[k]));
        double ly = top + h.rows().size() * ch + 36;
        double lx = left;
        double lw = Math.min(420, Math.max(240, cols * cw));
        var thresholds = h.thresholds();
        Double edv = thresholds == null ? null : thresholds.edvSimilarity();
        Double edvX = edv == null ? null : lx + lw * Math.max(0, (edv - LOW) / (1 - LOW));
        int width = Math.max(left + cols * cw + 10, (int) (lx + lw + 230));
        return new HeatmapPicture(
                width, (int) ly + 44, left, top, cw, ch, columns, rows, cells, legend, lx, ly, lw, edvX, edv);
    }

    /** The scale's colour of a similarity (linear between the stops). */
    static String colour(double s) {
        if (s <= AT[0]) return COLOUR[0];
        for (int k = 1; k < AT.length; k++) {
            if (s <= AT[k]) {
                double f = (s - AT[k - 1]) / (AT[k] - AT[k - 1]);
                return mix(COLOUR[k - 1], COLOUR[k], f);
            }
        }
        return COLOUR[COLOUR.length - 1];
    }

    private static String mix(String a, String b, double f) {
        int x = Integer.parseInt(a.substring(1), 16);
        int y = Integer.parseInt(b.substring(1), 16);
        int r = channel(x >> 16, y >> 16, f);
        int g = channel((x >> 8) & 0xff, (y >> 8) & 0xff, f);
        int bl = channel(x & 0xff, y & 0xff, f);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    private static int channel(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Legend tick positions: 0.5, 0.7, 0.9, 1.0. */
    public List<double[]> legendTicks() {
        List<double[]> out = new ArrayList<>();
        for (double v : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 1.0})
            out.add(new double[] {legendX + legendWidth * (v - LOW) / (1 - LOW), v});
        return out;
    }
}
