package org.genstat.reference.build;

import org.genstat.vocabulary.UnitLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genstat.text.VietText;
import org.genstat.units.Unit;
import org.genstat.units.UnitRegistry;

/** The register before 1 July 2025 (dvhcvn JSON: provinces → districts → communes). */
final class PreReformRegister {
    static final LocalDate LAST_DAY = UnitRegistry.REORGANISED_ON.minusDays(1);

    private PreReformRegister() {
    }

    static List<Unit> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Unit> units = new ArrayList<>();
        for (JsonNode p : root.path("data")) {
            String pc = p.path("level1_id").asText();
            units.add(new Unit(pc, VietText.clean(p.path("name").asText()), UnitLevel.PROVINCE, "VN", null, LAST_DAY));
            for (JsonNode d : p.path("level2s")) {
                String dc = d.path("level2_id").asText();
                units.add(new Unit(dc, VietText.clean(d.path("name").asText()), UnitLevel.DISTRICT, pc, null, LAST_DAY));
                for (JsonNode c : d.path("level3s")) {
                    units.add(new Unit(c.path("level3_id").asText(), VietText.clean(c.path("name").asText()),
                            UnitLevel.COMMUNE, dc, null, LAST_DAY));
                }
            }
        }
        return units;
    }
}
