package org.genstat.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Text typed with the pre-Unicode Vietnamese fonts still common in older offices: TCVN3 (ABC,
 * ".VnTime") and VNI ("VNI-Times"). Read as Unicode, it shows as Latin-1 letters ("Céng hoµ"),
 * so it is recognised by characters Vietnamese Unicode text never uses and converted back.
 * Text with any character above U+00FF is already Unicode and left alone.
 */
public final class LegacyVietnamese {
    /** TCVN3 (ABC), lower case; the upper-case fonts (.VnTimeH) use the same codes. */
    private static final String TCVN3_FROM =
            "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉË®ÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ¡¢§£¤¥¦";
    private static final String TCVN3_TO =
            "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĂÂĐÊÔƠƯ";
    /** Characters that only TCVN3 text has: the a/ă/â/đ/ê/ô/ơ/ư codes below U+00C0 (plus soft hyphen). */
    private static final String TCVN3_MARKERS = "¸µ¶·¹¨¾»¼½©®ª«¬\u00AD¡¢§£¤¥¦";
    /** VNI's tone and shape marks written after the base letter. */
    private static final String VNI_MARKERS = "øûïåäëüæöôñÑÖÔØÛÏÅÄËÜÆ";
    private static final String VNI_AFTER_A_E = "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË";
    private static final String VNI_AFTER_O = "ùøûõïâåäêëüÙØÛÕÏÂÅÄÊËÜ";
    private static final Map<Character, Character> TCVN3 = new HashMap<>();
    private static final Map<String, String> VNI = new HashMap<>();

    static {
        for (int i = 0; i < TCVN3_FROM.length(); i++) {
            TCVN3.put(TCVN3_FROM.charAt(i), TCVN3_TO.charAt(i));
        }
        String[] bases = {"a", "e", "o", "u", "y"};
        String[] toned = {
                "áàảãạ", "éèẻẽẹ", "óòỏõọ", "úùủũụ", "ýỳỷỹỵ"};
        String marks = "ùøûõï"; // acute, grave, hook, tilde, dot below
        for (int b = 0; b < bases.length; b++) {
            for (int t = 0; t < 5; t++) {
                vni(bases[b] + marks.charAt(t), toned[b].charAt(t));
            }
        }
        // circumflex â ê ô (written "â" after the letter), breve ă ("ê" after a), with their tones
        String hatMarks = "âáàåãä"; // plain, acute, grave, hook, tilde, dot
        String[][] hats = {{"a", "âấầẩẫậ"}, {"e", "êếềểễệ"}, {"o", "ôốồổỗộ"}};
        for (String[] h : hats) {
            for (int t = 0; t < 6; t++) {
                vni(h[0] + hatMarks.charAt(t), h[1].charAt(t));
            }
        }
        String breveMarks = "êéèúüë";
        for (int t = 0; t < 6; t++) {
            vni("a" + breveMarks.charAt(t), "ăắằẳẵặ".charAt(t));
        }
        // horn letters ơ ("ô") and ư ("ö"), alone and with the five tones
        String[][] horns = {{"ô", "ơớờởỡợ"}, {"ö", "ưứừửữự"}};
        for (String[] h : horns) {
            vni(h[0], h[1].charAt(0));
            for (int t = 0; t < 5; t++) {
                vni(h[0] + marks.charAt(t), h[1].charAt(t + 1));
            }
        }
        String iMarks = "íìæóò";
        for (int t = 0; t < 5; t++) {
            vni(String.valueOf(iMarks.charAt(t)), "íìỉĩị".charAt(t));
        }
        vni("î", 'ỵ');
        vni("ñ", 'đ');
    }

    private static void vni(String code, char letter) {
        VNI.put(code, String.valueOf(letter));
        VNI.put(code.toUpperCase(java.util.Locale.ROOT), String.valueOf(Character.toUpperCase(letter)));
    }

    private LegacyVietnamese() {
    }

    /** The text in Unicode: converted when it is TCVN3 or VNI, as it was otherwise. */
    public static String toUnicode(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        boolean tcvn3 = false;
        boolean vni = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s; // real Vietnamese Unicode letters: nothing to convert
            }
            tcvn3 |= TCVN3_MARKERS.indexOf(c) >= 0;
            vni |= i > 0 && vniPair(s.charAt(i - 1), c);
        }
        if (tcvn3) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                Character m = TCVN3.get(s.charAt(i));
                sb.append(m == null ? s.charAt(i) : m);
            }
            return sb.toString();
        }
        if (vni) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                String two = i + 2 <= s.length() ? VNI.get(s.substring(i, i + 2)) : null;
                if (two != null) {
                    sb.append(two);
                    i += 2;
                    continue;
                }
                String one = VNI.get(s.substring(i, i + 1));
                sb.append(one != null && isVniSingle(s.charAt(i)) ? one : s.substring(i, i + 1));
                i++;
            }
            return sb.toString();
        }
        return s;
    }

    /**
     * A letter and a mark that VNI writes and Vietnamese Unicode never does: after a or e any
     * of VNI's marks ("aù" = á); after o only the marks that no Unicode vowel pair has.
     */
    private static boolean vniPair(char prev, char c) {
        if (VNI_MARKERS.indexOf(c) >= 0 && Character.isLetter(prev)) {
            return true;
        }
        if ("aeAE".indexOf(prev) >= 0) {
            return VNI_AFTER_A_E.indexOf(c) >= 0;
        }
        return "oO".indexOf(prev) >= 0 && VNI_AFTER_O.indexOf(c) >= 0;
    }

    /** Single VNI codes that stand for a letter on their own (đ, ơ, ư and the marked i and y). */
    private static boolean isVniSingle(char c) {
        return "ñÑôÔöÖíÍìÌæÆóÓòÒîÎ".indexOf(c) >= 0;
    }
}
