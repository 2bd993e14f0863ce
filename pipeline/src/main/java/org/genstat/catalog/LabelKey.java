package org.genstat.catalog;

import java.util.regex.Pattern;
import org.genstat.text.VietText;

/**
 * The comparable form of an indicator label: folded, without bullets, numbering, plan verbs and
 * the spelling variants that the seeds show for one word. Two wordings that a Vietnamese reader
 * takes as the same text give the same key.
 */
public final class LabelKey {
    private static final Pattern LEADING_NUMBERING = Pattern.compile(
            "^(?:[-+•*·–]\\s*)*(?:[ivxlc]+[.)]\\s*|\\d+(?:\\.\\d+)*[.)]?\\s*|[a-z]\\)\\s*)?"
                    + "(?:(?:muc tieu|chi tieu)\\s*\\d*\\s*(?:[.:]\\s*)?)?");
    private static final String[][] VARIANTS = {
            {"\\bti le\\b", "ty le"}, {"\\bti so\\b", "ty so"}, {"\\bti trong\\b", "ty trong"},
            {"\\bthac sy\\b", "thac si"}, {"\\btien sy\\b", "tien si"},
            {"\\bbuon ban\\b", "mua ban"},
            {"\\blam cong viec huong luong\\b", "lam cong huong luong"},
            {"\\blinh vuc nong nghiep\\b", "khu vuc nong nghiep"},
            {"\\btruycuu\\b", "truy cuu"},
            {"\\bbdg\\b", "binh dang gioi"},
            {"\\bvstbcpn\\b", "vi su tien bo cua phu nu"},
            {"\\bblgd\\b", "bao luc gia dinh"},
            {"\\bhdnd\\b", "hoi dong nhan dan"},
            {"\\bdbhdnd\\b", "dai bieu hoi dong nhan dan"},
            {"\\bhtx\\b", "hop tac xa"},
            {"\\bdn\\b", "doanh nghiep"},
            {"\\bld\\b", "lao dong"},
            {"\\btb xh\\b", "thuong binh va xa hoi"},
            {"\\bldtbxh\\b", "lao dong thuong binh va xa hoi"},
            {"\\bbl\\b", "bao luc"},
    };
    private static final Pattern[] VARIANT_PATTERNS = new Pattern[VARIANTS.length];

    static {
        for (int i = 0; i < VARIANTS.length; i++) {
            VARIANT_PATTERNS[i] = Pattern.compile(VARIANTS[i][0]);
        }
    }

    private LabelKey() {
    }

    public static String of(String label) {
        String folded = VietText.fold(label).replace("*", " ");
        folded = folded.replaceAll("\\s+", " ").trim();
        folded = LEADING_NUMBERING.matcher(folded).replaceFirst("");
        String w = folded.replaceAll("[^\\p{L}\\p{N}%]+", " ").trim();
        for (int i = 0; i < VARIANT_PATTERNS.length; i++) {
            w = VARIANT_PATTERNS[i].matcher(w).replaceAll(VARIANTS[i][1]);
        }
        return w;
    }
}
