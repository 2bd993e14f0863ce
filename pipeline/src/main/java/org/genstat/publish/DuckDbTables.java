package org.genstat.publish;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * The DuckDB table of an Avro schema: the same columns in the same order, so a field added to an
 * .avsc reaches Spark, Parquet and the warehouse alike. Columns are nullable as in the tables of
 * CONTRACTS.md §3; the types map one to one.
 */
final class DuckDbTables {
    private DuckDbTables() {
    }

    static String create(String table, Schema schema) {
        return "CREATE TABLE " + table + " (" + schema.getFields().stream()
                .map(f -> f.name() + " " + type(f.schema(), table + "." + f.name()))
                .collect(Collectors.joining(", ")) + ")";
    }

    static String type(Schema schema, String where) {
        if (schema.getType() == Schema.Type.UNION) {
            List<Schema> types = schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
            if (types.size() != 1) {
                throw new IllegalArgumentException(where + ": only a type or null is supported, not " + schema);
            }
            return type(types.get(0), where);
        }
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.TimestampMillis || logical instanceof LogicalTypes.TimestampMicros) {
            return "TIMESTAMP";
        }
        if (logical instanceof LogicalTypes.Date) {
            return "DATE";
        }
        return switch (schema.getType()) {
            case STRING, ENUM -> "VARCHAR";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case FLOAT -> "FLOAT";
            case BOOLEAN -> "BOOLEAN";
            case ARRAY -> type(schema.getElementType(), where) + "[]";
            default -> throw new IllegalArgumentException(where + ": no DuckDB type for Avro " + schema);
        };
    }
}
