package org.genstat.extract.value;

import org.genstat.vocabulary.Flag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    @ParameterizedTest(name = "{0} reads as {1} /{2} {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            44,5                  | 44.5   | null   | ''
            1.000                 | 1000   | null   | ''
            1.234,5               | 1234.5 | null   | ''
            30,91                 | 30.91  | null   | ''
            44.5                  | 44.5   | null   | ''
            90%                   | 90     | null   | ''
            38,4/100.000          | 38.4   | 100000 | ''
            38,4 / 100.000        | 38.4   | 100000 | ''
            < 86/100.000          | 86     | 100000 | upper_bound
            dưới 10/100.000       | 10     | 100000 | upper_bound
            thấp hơn 15/1.000 phụ nữ | 15  | 1000   | upper_bound
            112/100               | 112    | 100    | ''
            108/102               | 108    | 102    | ''
            111 bé trai/100 bé gái | 111   | 100    | ''
            1,3 lần               | 1.3    | null   | ''
            27*                   | 27     | null   | footnote
            0,05*                 | 0.05   | null   | footnote
            ít nhất 30%           | 30     | null   | lower_bound
            trên 99,6%            | 99.6   | null   | lower_bound
            75% trở lên           | 75     | null   | lower_bound
            từ 50% trở lên        | 50     | null   | lower_bound
            từ 85% dân số trở lên | 85     | null   | lower_bound
            khoảng 95%            | 95     | null   | approximate
            23 ca sinh/1.000 phụ nữ | 23   | 1000   | ''
            12 (sơ bộ)            | 12     | null   | preliminary
            không có trẻ vị thành niên sinh con | 0 | null | text_status
            ít nhất một           | 1      | null   | lower_bound
            30 trở xuống          | 30     | null   | upper_bound
            """)
    void readsNumbersTheVietnameseWay(String text, double value, Double denominator, String flag) {
        ParsedValue p = ValueParser.parse(text);
        assertEquals(ParsedValue.Kind.NUMBER, p.kind(), text);
        assertEquals(value, p.value(), 1e-9, text);
        assertEquals(denominator, p.denominator(), text);
        assertEquals(flag.isEmpty() ? List.of() : List.of(flag), p.flags(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            94,5 - 95                  | range
            Duy trì                    | text_status
            Chưa phát hiện             | text_status
            Được thực hiện lồng ghép   | text_status
            Duy trì 02 biên chế Bình đẳng giới cấp tỉnh | text_status
            Bố trí đủ cán bộ           | text_status
            hàng quý                   | text_status
            7 to 16                    | range
            between 7 and 16           | range
            """)
    void keepsWordsAndRangesAsTextWithoutANumber(String text, String flag) {
        ParsedValue p = ValueParser.parse(text);
        assertEquals(ParsedValue.Kind.TEXT, p.kind());
        assertNull(p.value(), "never a number for '" + text + "'");
        assertEquals(text, p.text());
        assertEquals(List.of(flag), p.flags());
    }

    @ParameterizedTest
    @CsvSource({"..", "-", "''", "x", "…"})
    void missingMarksAreEmpty(String text) {
        assertEquals(ParsedValue.Kind.EMPTY, ValueParser.parse(text).kind());
    }

    @ParameterizedTest
    @CsvSource({"'tốt'", "'1,2,3'", "'12 15'", "'abc/100'", "'5 hoặc hơn'", "'300 to 400 pupils'", "'12 đến hơn 15'"})
    void undecidableCellsAreReportedNotGuessed(String text) {
        ParsedValue p = ValueParser.parse(text);
        assertEquals(ParsedValue.Kind.UNREADABLE, p.kind(), text);
        assertNull(p.value());
    }

    /** A bound is read with its qualifier, never as the bare number: "300 pupils or more" is no 300. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            300 pupils or more    | 300 | lower_bound
            300 or more           | 300 | lower_bound
            65 and over           | 65  | lower_bound
            at least 30%          | 30  | lower_bound
            less than 5           | 5   | upper_bound
            5 or less             | 5   | upper_bound
            about 30%             | 30  | approximate
            """)
    void boundsInEnglishKeepTheirQualifier(String text, double value, String flag) {
        ParsedValue p = ValueParser.parse(text, true);
        assertEquals(ParsedValue.Kind.NUMBER, p.kind(), text);
        assertEquals(value, p.value(), 1e-9, text);
        assertEquals(List.of(flag), p.flags(), text);
    }

    @Test
    void aPercentFormattedFractionIsAPercentage() {
        ParsedValue p = ValueParser.ofNumber(0.445, true, "44.5%");
        assertEquals(44.5, p.value(), 1e-9);
        assertEquals(List.of(Flag.PERCENT_FORMAT.code()), p.flags());
    }
}
