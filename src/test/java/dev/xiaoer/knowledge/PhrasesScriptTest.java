package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * phrases.yaml is written in Simplified script (the engine converts Traditional messages before it
 * reads them): a Traditional word there never matches, and reading it at start-up loads the script
 * converter's dictionaries (囉 among the acknowledgements cost serve and ask ~0.3 s).
 */
class PhrasesScriptTest {
    @Test
    void phrasesAreSimplified() throws IOException {
        ScriptConverter script = new ScriptConverter();
        List<String> traditional = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("knowledge/phrases.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("#") && script.isTraditional(line)) {
                traditional.add("knowledge/phrases.yaml:" + (i + 1) + ": " + line);
            }
        }
        assertEquals(List.of(), traditional, "Traditional script in phrases.yaml");
    }
}
