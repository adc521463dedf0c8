package org.seedprint.registry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How names are cut into terms. Latin script: standard tokens, lower case, accents folded.
 * Chinese: SmartCN words plus CJK bigrams, since SmartCN splits unknown names into single
 * characters (STACK.md pitfall 10). A compact key (letters and digits only) makes
 * "Zhengdan958" and "Zheng-dan 958" the same name.
 */
final class NameAnalysis {

    static final String LATIN = "name_latin";
    static final String ZH = "name_zh";
    static final String CJK = "name_cjk";
    static final String KEY = "name_key";
    static final String BREEDER = "breeder";

    private NameAnalysis() {}

    static Analyzer latin() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
                return new TokenStreamComponents(t, s);
            }
        };
    }

    static Analyzer perField() {
        Analyzer latin = latin();
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        LATIN,
                        latin,
                        BREEDER,
                        latin,
                        ZH,
                        new SmartChineseAnalyzer(),
                        CJK,
                        new CJKAnalyzer(CharArraySet.EMPTY_SET)));
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Lower-case letters and digits only, accents folded: the name as a reader would compare it. */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static List<String> terms(Analyzer a, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Edit distance between two short strings (names), by code point. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1], cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
