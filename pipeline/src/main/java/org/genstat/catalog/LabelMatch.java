package org.genstat.catalog;

import java.util.List;

/**
 * What a row label resolved to: a code (with how it was found), or nothing with the reason and
 * the nearest catalog entries, so a person can add the right alias.
 */
public record LabelMatch(String code, String sex, String how, String reason, List<String> suggestions) {

    public static LabelMatch matched(String code, String how) {
        return new LabelMatch(code, null, how, null, List.of());
    }

    public static LabelMatch unmatched(String reason, List<String> suggestions) {
        return new LabelMatch(null, null, null, reason, List.copyOf(suggestions));
    }

    LabelMatch withSex(String s) {
        return new LabelMatch(code, s, how, reason, suggestions);
    }

    public boolean isMatched() {
        return code != null;
    }
}
