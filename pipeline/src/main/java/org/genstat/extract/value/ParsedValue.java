package org.genstat.extract.value;

import org.genstat.vocabulary.Flag;
import java.util.List;

/**
 * A cell read the Vietnamese way. {@code value} is the number as written (before any change of
 * measure); {@code denominator} is the "/100.000" or "/100" it was written over, if any.
 * A {@link Kind#TEXT} value keeps the words with a flag and no number; an {@link Kind#UNREADABLE}
 * one is reported, never guessed.
 */
public record ParsedValue(Kind kind, Double value, Double denominator, String text, List<String> flags, String problem) {
    public enum Kind { NUMBER, TEXT, EMPTY, UNREADABLE }


    static ParsedValue empty(String text) {
        return new ParsedValue(Kind.EMPTY, null, null, text, List.of(), null);
    }

    static ParsedValue unreadable(String text, String problem) {
        return new ParsedValue(Kind.UNREADABLE, null, null, text, List.of(), problem);
    }

    public boolean isObservation() {
        return kind == Kind.NUMBER || kind == Kind.TEXT;
    }
}
