package org.genstat.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A closed vocabulary whose words are written as codes in Parquet, DuckDB and SQL: the enum is the
 * one list, and {@code VocabularyInSqlTest} checks every code the SQL names against it.
 */
public interface Coded {
    /** The code as stored: the constant's name in lower case unless the vocabulary says otherwise. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> E of(Class<E> vocabulary, String code) {
        for (E e : vocabulary.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is no " + vocabulary.getSimpleName() + ": one of "
                + codes(vocabulary));
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).toList();
    }
}
