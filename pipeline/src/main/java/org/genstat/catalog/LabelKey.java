package org.genstat.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.StatedUnit;
import org.genstat.text.VietText;

/**
 * The comparable form of an indicator label: folded, without bullets, numbering or a goal heading
 * glued in front, with the abbreviations of schemas/reference/abbreviations.csv read in full and
 * the spelling variants the seeds show for one word made one. Two wordings that a Vietnamese
 * reader takes as the same text give the same key.
 *
 * <p>Beyond the table, an upper-case word of three or more letters that is the initials of exactly
 * one word group of the catalog's wordings ("DTTS" for dân tộc thiểu số) is read as that group:
 * clerks shorten the common words of every wording the same way.
 */
public final class LabelKey {
    private static final Pattern LEADING_NUMBERING = Pattern.compile(
            "^(?:[-+•*·–]\\s*)*(?:[ivxlc]+[.)]\\s*|\\d+(?:\\.\\d+)*[.)]?\\s*|[a-z]\\)\\s*)?"
                    + "(?:(?:muc tieu|chi tieu)\\s*\\d*\\s*(?:[.:]\\s*)?)?");
    /** "… Chỉ tiêu 3: label" inside a longer text: a merged goal heading glued in front of the label. */
    private static final Pattern INNER_INDICATOR_NUMBER = Pattern.compile(
            "^.*\\bchi tieu\\s*\\d+\\s*[.:]\\s*(?=\\S)");
    /**
     * "Mục tiêu 1: Tăng cường … Tỷ lệ …": a goal heading merged into the row's label. The label proper
     * starts where an indicator's wording does, with its measure or its target.
     */
    private static final Pattern GLUED_GOAL = Pattern.compile(
            "^muc tieu\\s*\\d+\\s*[.:]?\\s*.+?\\s(?=(?:ty le|ty so|ty suat|so luong|phan dau|den nam|\\d+ ?%)\\b)");
    /**
     * "Sex ratio at birth by region", "Dân số trung bình phân theo giới tính": a statistical table is
     * titled by its indicator and then its breakdown, which says how the table is cut, not what it counts.
     * Only at the end: in "… by sex / Total - Thous. persons" the part after the slash names the column.
     */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "\\s(?:by|phan theo|chia theo)\\s(?:sex|region|regions|residence|province|provinces|age|urban|rural"
                    + "|gioi tinh|vung|thanh thi|nong thon|dia phuong|tinh|nhom tuoi|do tuoi)\\b[^/]*$");
    /** Orthography, not abbreviation: two spellings of one word. */
    private static final String[][] SPELLINGS = {
            {"\\bti le\\b", "ty le"}, {"\\bti so\\b", "ty so"}, {"\\bti trong\\b", "ty trong"},
            {"\\bti suat\\b", "ty suat"}, {"\\bthac sy\\b", "thac si"}, {"\\btien sy\\b", "tien si"},
    };
    /** Target phrasing around a wording: how much and by when, never which indicator. */
    private static final Pattern[] TARGET_CLAUSES = {
            Pattern.compile("\\b(?:tu |vao |den |trong |o )?(?:nam|giai doan) (?:19|20)\\d\\d(?: (?:20)?\\d\\d)?(?: tro di)?\\b"),
            Pattern.compile("\\bphan dau(?: dat)?\\b"),
            Pattern.compile("\\b(?:dat|co|duy tri) (?=\\d)"),
            Pattern.compile("\\b(?:it nhat|toi thieu|tren|duoi) (?:\\d+|n)\\b"),
            Pattern.compile("\\d+(?: \\d+)* ?(?=%)"),
            Pattern.compile("\\b\\d+\\b"),
    };
    private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,}(?![\\p{L}\\p{N}])");

    private record Rule(Pattern written, String readAs) {
    }

    private final List<Rule> same = new ArrayList<>();
    private final List<Rule> near = new ArrayList<>();
    private final Map<String, String> initials;

    public LabelKey(List<Abbreviation> table, Collection<String> wordings) {
        Set<String> written = new HashSet<>();
        List<Abbreviation> longestFirst = new ArrayList<>(table);
        longestFirst.sort(java.util.Comparator.comparingInt((Abbreviation a) -> a.written().length()).reversed());
        for (Abbreviation a : longestFirst) {
            String w = words(a.written());
            written.add(w);
            Rule r = new Rule(Pattern.compile("\\b" + Pattern.quote(w) + "\\b"), words(a.readAs()));
            (a.scope() == Abbreviation.Scope.SAME ? same : near).add(r);
        }
        this.initials = initialsOf(wordings, written);
    }

    /** The key exact and contained matching compare. */
    public String of(String label) {
        String f = folded(expandInitials(StatedUnit.withoutTrailingUnit(label))); // the unit is evidence, not words
        f = INNER_INDICATOR_NUMBER.matcher(f).replaceFirst("");
        f = GLUED_GOAL.matcher(f).replaceFirst("");
        f = LEADING_NUMBERING.matcher(f).replaceFirst("");
        String w = words(BREAKDOWN.matcher(f).replaceFirst(""));
        for (Rule r : same) {
            w = r.written().matcher(w).replaceAll(r.readAs());
        }
        return w.replaceAll("\\s+", " ").trim();
    }

    /** Whether the label begins with a goal heading ("Mục tiêu 2: …"), which may be glued in front of it. */
    public static boolean startsWithGoal(String label) {
        return folded(label).replaceFirst("^[-+•*·–\\s]*(?:[ivxlc]+[.)]\\s*|\\d+[.)]\\s*)?", "").startsWith("muc tieu");
    }

    /** The key similarity compares: also near synonyms made one, and target phrasing and numbers left out. */
    public String forSimilarity(String label) {
        String w = of(label);
        for (Rule r : near) {
            w = r.written().matcher(w).replaceAll(r.readAs());
        }
        for (Pattern p : TARGET_CLAUSES) {
            w = p.matcher(w).replaceAll(" ");
        }
        w = w.replace("%", " ty le "); // "100% xã" is the share of communes: the measure stays as evidence
        return w.replaceAll("\\s+", " ").trim();
    }

    /** Folded words (letters, digits, %), spelling variants made one. */
    static String words(String s) {
        String w = folded(s).replaceAll("[^\\p{L}\\p{N}%]+", " ").trim();
        for (String[] sp : SPELLINGS) {
            w = w.replaceAll(sp[0], sp[1]);
        }
        return w;
    }

    private static String folded(String s) {
        return VietText.fold(s).replace("*", " ").replaceAll("\\s+", " ").trim();
    }

    private String expandInitials(String label) {
        if (initials.isEmpty()) {
            return VietText.clean(label);
        }
        Matcher m = UPPER_WORD.matcher(VietText.clean(label));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String group = initials.get(VietText.fold(m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(group == null ? m.group() : group));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Initials of every run of 2 to 6 words of the wordings, kept where they name one run only and are
     * neither a word of the wordings themselves (HIV, ARV) nor a form the table already reads.
     */
    private static Map<String, String> initialsOf(Collection<String> wordings, Set<String> written) {
        Map<String, Set<String>> groups = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        for (String wording : wordings) {
            String[] ws = VietText.words(wording).split(" ");
            vocabulary.addAll(List.of(ws));
            for (int i = 0; i < ws.length; i++) {
                StringBuilder ini = new StringBuilder();
                StringBuilder group = new StringBuilder();
                for (int j = i; j < Math.min(ws.length, i + 6); j++) {
                    if (ws[j].isEmpty() || !Character.isLetter(ws[j].charAt(0))) {
                        break;
                    }
                    ini.append(ws[j].charAt(0));
                    group.append(j == i ? "" : " ").append(ws[j]);
                    if (j > i && ini.length() >= 3) {
                        groups.computeIfAbsent(ini.toString(), k -> new HashSet<>()).add(group.toString());
                    }
                }
            }
        }
        Map<String, String> unique = new HashMap<>();
        groups.forEach((ini, gs) -> {
            if (gs.size() == 1 && !vocabulary.contains(ini) && !written.contains(ini)) {
                unique.put(ini, gs.iterator().next());
            }
        });
        return unique;
    }
}
