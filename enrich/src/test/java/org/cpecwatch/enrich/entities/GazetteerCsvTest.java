package org.cpecwatch.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCsvTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadQuotedCellsWithCommasAsOneCell() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.csv"), """
                # a user's own places
                type,name,aliases,province,lat,lon
                CITY,"Dera Ismail Khan, KP","D.I. Khan|DI Khan",Khyber Pakhtunkhwa,31.83,70.90

                PROJECT,"Gwadar ""New"" Airport",,Balochistan,25.23,62.33
                """);

        Gazetteer gazetteer = Gazetteer.shipped().withUserFile(file);

        GazetteerEntry city = gazetteer.entries().stream().filter(e -> e.name().equals("Dera Ismail Khan, KP"))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of("D.I. Khan", "DI Khan"), city.aliases());
        assertEquals("Khyber Pakhtunkhwa", city.attributes().get("province"));
        assertTrue(gazetteer.entries().stream().anyMatch(e -> e.name().equals("Gwadar \"New\" Airport")));
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfCellsNamingItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "type,name,aliases,province,lat,lon\nCITY,Nowhere\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.shipped().withUserFile(file));
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    }
}
