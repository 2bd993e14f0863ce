package org.genstat.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.genstat.parquet.AvroSchemas;

/** Spark's view of the Avro schemas, so Spark reads and writes exactly the schemas of schemas/avro. */
public final class SparkSchemas {
    private SparkSchemas() {
    }

    public static StructType of(String avroName) {
        return struct(AvroSchemas.get(avroName));
    }

    public static StructType struct(Schema record) {
        List<StructField> fields = new ArrayList<>();
        for (Schema.Field f : record.getFields()) {
            Schema s = f.schema();
            boolean nullable = false;
            if (s.getType() == Schema.Type.UNION) {
                nullable = s.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
                s = s.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
            }
            fields.add(DataTypes.createStructField(f.name(), type(s), nullable));
        }
        return DataTypes.createStructType(fields);
    }

    /** The schema's fields as columns, in order, for select(...). */
    public static org.apache.spark.sql.Column[] columns(String avroName) {
        return AvroSchemas.get(avroName).getFields().stream()
                .map(f -> org.apache.spark.sql.functions.col(f.name()))
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    private static DataType type(Schema s) {
        return switch (s.getType()) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> s.getLogicalType() instanceof LogicalTypes.TimestampMillis
                    ? DataTypes.TimestampType : DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case FLOAT -> DataTypes.FloatType;
            case BOOLEAN -> DataTypes.BooleanType;
            case ARRAY -> DataTypes.createArrayType(type(s.getElementType()), true);
            default -> throw new IllegalArgumentException("no Spark type for Avro " + s);
        };
    }
}
