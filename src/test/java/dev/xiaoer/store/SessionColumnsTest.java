package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionColumnsTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void clarifyOptionsAreWrittenAsJacksonWritesThem() throws Exception {
        for (List<String> ids : List.of(List.<String>of(), List.of("deposit-refund"), List.of("a", "b \"c\"\n"))) {
            assertEquals(JACKSON.writeValueAsString(ids), SessionColumns.clarifyJson(ids), ids.toString());
        }
    }
}
