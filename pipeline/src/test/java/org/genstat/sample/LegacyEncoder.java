package org.genstat.sample;

import java.util.HashMap;
import java.util.Map;
import org.genstat.text.LegacyVietnamese;

/**
 * Writes Unicode Vietnamese the way an old office's TCVN3 or VNI font stores it, for sample files.
 * The tables are the inverse of {@link LegacyVietnamese}, found by asking it, so the two cannot drift.
 */
final class LegacyEncoder {
    private static final Map<Character, String> TCVN3 = new HashMap<>();
    private static final Map<Character, String> VNI = new HashMap<>();

    static {
        for (char t = 0xA0; t <= 0xFF; t++) {
            String u = LegacyVietnamese.toUnicode("\u00B8" + t).substring(1); // "¸" marks the text as TCVN3
            if (u.length() == 1 && u.charAt(0) > 0xFF || u.charAt(0) != t) {
                TCVN3.putIfAbsent(u.charAt(0), String.valueOf(t));
            }
        }
        String letters = "aeiouyAEIOUYñÑôÔöÖ";
        String marks = "ùøûõïâáàåãäêéèúüëíìæóòî" + "ùøûõïâáàåãäêéèúüëíìæóòî".toUpperCase();
        for (char b : letters.toCharArray()) {
            for (String code : new String[] {String.valueOf(b), "" + b + marks.charAt(0)}) {
                addVni(code);
            }
            for (char m : marks.toCharArray()) {
                addVni("" + b + m);
            }
        }
        for (char m : "íìæóòîñÑÍÌÆÓÒÎ".toCharArray()) {
            addVni(String.valueOf(m));
        }
    }

    private static void addVni(String code) {
        String u = LegacyVietnamese.toUnicode("aù" + code).substring(1); // "aù" marks the text as VNI
        if (u.length() == 1 && u.charAt(0) > 0x7F && !u.equals(code)) {
            VNI.merge(u.charAt(0), code, (a, b) -> a.length() <= b.length() ? a : b);
        }
    }

    private LegacyEncoder() {
    }

    static String tcvn3(String unicode) {
        return encode(java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC).toLowerCase(), TCVN3);
    }

    static String vni(String unicode) {
        return encode(java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC), VNI);
    }

    private static String encode(String s, Map<Character, String> table) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            String code = table.get(c);
            sb.append(code != null ? code : String.valueOf(c));
        }
        return sb.toString();
    }
}
