package org.cpecwatch.schemas.serde;

import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;

/**
 * Reads a datum written with any version of a schema into the generated class of that schema's name, resolving the
 * writer's version (from the registry) against the class's own: Apicurio's specific reader would use the writer's
 * schema as the reader's and mis-fill a class whose fields differ. Instantiated by the Apicurio deserializer.
 */
public final class SpecificReaderProvider<T> extends DefaultAvroDatumProvider<T> {

    @Override
    public DatumReader<T> createDatumReader(Schema writer) {
        SpecificData model = SpecificData.get();
        Class<?> type = model.getClass(writer);
        if (type == null) {
            throw new IllegalArgumentException("no generated class for the writer schema " + writer.getFullName());
        }
        Schema reader = SpecificData.getForClass(type).getSchema(type);
        return new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(type));
    }
}
