package org.genstat.extract.value;

import java.util.regex.Pattern;

/**
 * A number written the Vietnamese way — decimal comma, thousands dot ("1.234,5") — or the
 * English way where that is the only reading ("44.5"). Returns null when the text is not one number.
 */
public final class VietNumber {
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9.,]*");
    private static final Pattern GROUPED_DOTS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("[0-9]{1,3}(,[0-9]{3}){2,}");

    private VietNumber() {
    }

    public static Double parse(String s) {
        return parse(s, false);
    }

    /** @param english the table writes numbers the English way: dot for decimals, comma for thousands */
    public static Double parse(String s, boolean english) {
        String t = s.replace(" ", "").replace("\u00A0", "");
        if (english) {
            if (!DIGITS.matcher(t).matches() || t.endsWith(".") || t.endsWith(",")) {
                return null;
            }
            try {
                return Double.valueOf(t.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (!DIGITS.matcher(t).matches() || t.endsWith(".") || t.endsWith(",")) {
            return null;
        }
        int dot = t.lastIndexOf('.');
        int comma = t.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            // Both marks: the last one is the decimal separator.
            plain = dot > comma ? t.replace(",", "") : t.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            if (GROUPED_COMMAS.matcher(t).matches()) {
                plain = t.replace(",", "");
            } else if (t.indexOf(',') != comma) {
                return null;
            } else {
                plain = t.replace(',', '.');
            }
        } else if (dot >= 0) {
            // "1.000" is a thousand the Vietnamese way; "0.523" can only be a decimal.
            plain = GROUPED_DOTS.matcher(t).matches() && !t.startsWith("0") ? t.replace(".", "") : t;
            if (plain.indexOf('.') != plain.lastIndexOf('.')) {
                return null;
            }
        } else {
            plain = t;
        }
        try {
            return Double.valueOf(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
