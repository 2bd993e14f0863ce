package org.genstat.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text the way a reader sees it: one Unicode form, one kind of space, and a folded
 * form (no case, no diacritics) for matching. Folding is only for comparing: "nam" (male) and
 * "năm" (year) fold to the same word, so code that must tell them apart uses {@link #clean}.
 */
public final class VietText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /*
     * words() of a heading is asked for by every rule that reads headings, for every report, and the
     * headings of a national inbox are a few hundred texts: folding them again was a sixth of extract.
     */
    private static final int CACHED_LENGTH = 200;
    private static final int CACHED_TEXTS = 50_000;
    private static final java.util.Map<String, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern NOT_WORD_CHARS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietText() {
    }

    /** NFC, U+00D0 (Icelandic Eth) read as Đ, all white space folded to one space, trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace('\u00D0', '\u0110')
                .replace('\u00F0', '\u0111')
                .replace('\uFEFF', ' ');
        return SPACES.matcher(n).replaceAll(" ").trim();
    }

    /** {@link #clean} then lower case (Vietnamese rules are the root locale's). */
    public static String lower(String s) {
        return clean(s).toLowerCase(Locale.ROOT);
    }

    /** Lower case without diacritics, đ as d: the form two spellings of one word share. */
    public static String fold(String s) {
        String lower = lower(s).replace('đ', 'd');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /** Folded, with every run of characters other than letters and digits turned into one space. */
    public static String words(String s) {
        if (s == null || s.length() > CACHED_LENGTH) {
            return NOT_WORD_CHARS.matcher(fold(s)).replaceAll(" ").trim();
        }
        String w = WORDS.get(s);
        if (w == null) {
            w = NOT_WORD_CHARS.matcher(fold(s)).replaceAll(" ").trim();
            if (WORDS.size() >= CACHED_TEXTS) {
                WORDS.clear(); // crude, but bounded: the headers of one batch of reports fit many times over
            }
            WORDS.put(s, w);
        }
        return w;
    }

    public static boolean isBlank(String s) {
        return s == null || clean(s).isEmpty();
    }
}
