package org.seedprint.matcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.engine.Classification;

/** The byte writer prints exactly what the String.format-based lines printed. */
class ResultWriterTest {

    private static String write(OutputFormat format, java.util.function.Consumer<ResultWriter> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultWriter w = new ResultWriter(bytes, format, List.of("x"))) {
            rows.accept(w);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ratiosAreFormattedAsStringFormatFormatsTheirDouble() throws Exception {
        StringBuilder expected = new StringBuilder("x\n");
        String got = write(OutputFormat.tsv, w -> {
            for (int c = 0; c <= 1200; c++) {
                for (int i = 0; i <= c; i++) {
                    w.ratio(i, c).end();
                    expected.append(String.format(Locale.ROOT, "%.4f", c == 0 ? 0.0 : (double) i / c))
                            .append('\n');
                }
            }
            for (int c : new int[] {20_000, 40_000, 160_000, 1_000_000}) {
                for (int i = 0; i < 3000; i++) {
                    w.ratio(i, c).end();
                    expected.append(String.format(Locale.ROOT, "%.4f", (double) i / c))
                            .append('\n');
                }
            }
        });
        assertEquals(expected.toString(), got);
    }

    @Test
    void decimalsAreFormattedAsStringFormatFormatsThem() throws Exception {
        SplittableRandom rnd = new SplittableRandom(1);
        StringBuilder expected = new StringBuilder("x\n");
        String got = write(OutputFormat.tsv, w -> {
            for (int k = 0; k < 200_000; k++) {
                double v = switch (k % 4) {
                    case 0 -> rnd.nextDouble();
                    case 1 -> (double) rnd.nextInt(10_000) / 10_000 + 0.00005; // ties and near-ties
                    case 2 -> rnd.nextInt(1, 7) / 6.0 * rnd.nextInt(1, 1000) / rnd.nextInt(1000, 2000);
                    default -> k % 8 == 3 ? 1.0 : 0.0;
                };
                w.decimal(v).end();
                expected.append(String.format(Locale.ROOT, "%.4f", v)).append('\n');
            }
        });
        assertEquals(expected.toString(), got);
    }

    @Test
    void jsonLinesQuoteIdsAndLabels() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultWriter w = new ResultWriter(bytes, OutputFormat.json, List.of("id", "n", "class"))) {
            Ids ids = new Ids(1, i -> "郑单\"958\"\t", true);
            w.id(ids.of(0)).integer(-42).label(Classification.EDV_CANDIDATE).end();
        }
        assertEquals(
                "{\"id\":\"郑单\\\"958\\\"\\t\",\"n\":-42,\"class\":\"edv-candidate\"}\n",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
