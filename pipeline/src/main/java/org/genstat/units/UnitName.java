package org.genstat.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;
import java.util.Set;
import org.genstat.text.VietText;
import org.genstat.vocabulary.UnitLevel;

/**
 * A unit name split into the kind its prefix says (Tỉnh, Huyện, Xã, …) and a key for matching:
 * folded, without the prefix, numbers without leading zeros ("Phường 01" = "Phường 1"); and the
 * prefix itself, folded ("thi tran"), or null.
 */
public record UnitName(Set<UnitLevel> levelHint, String key, String exact, String prefix) {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:uy ban nhan dan|ubnd)\\s+)?"
                    + "(tinh|thanh pho|tp|thi xa|huyen|quan|xa|phuong|thi tran|dac khu)\\s+(.*)$");

    public static UnitName parse(String name) {
        String w = VietText.words(name).replaceAll("\\b0+(\\d)", "$1");
        String exact = exactWords(name);
        Matcher m = PREFIX.matcher(w);
        if (!m.matches()) {
            String bare = w.replaceFirst("^(?:uy ban nhan dan|ubnd)\\s+", "");
            return new UnitName(null, bare, exact, null);
        }
        String prefix = "tp".equals(m.group(1)) ? "thanh pho" : m.group(1);
        return new UnitName(levelOf(m.group(1)), m.group(2).trim(), exact, prefix);
    }

    /**
     * The name's last words as written, diacritics kept: "Hương Vân" and "Hương Văn" are two
     * wards of one town that fold to the same key, and only their diacritics tell them apart.
     */
    private static String exactWords(String name) {
        String lower = VietText.lower(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return lower.replaceFirst("^(?:ủy ban nhân dân |ubnd )?(?:tỉnh|thành phố|tp|thị xã|huyện|quận|xã|phường"
                + "|thị trấn|đặc khu|tinh|thanh pho|thi xa|huyen|quan|xa|phuong|thi tran|dac khu) ", "");
    }

    /** The levels a prefix allows; "thanh pho" is a province (centrally run city) or a district. */
    private static Set<UnitLevel> levelOf(String prefix) {
        return switch (prefix) {
            case "tinh" -> EnumSet.of(UnitLevel.PROVINCE);
            case "thanh pho", "tp" -> EnumSet.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);
            case "thi xa", "huyen", "quan" -> EnumSet.of(UnitLevel.DISTRICT);
            default -> EnumSet.of(UnitLevel.COMMUNE);
        };
    }

    public boolean allows(UnitLevel level) {
        return levelHint == null || levelHint.contains(level);
    }
}
