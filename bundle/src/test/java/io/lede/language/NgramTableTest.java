package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramTableTest {
    @Test
    void findsEachLanguagesCostForAnNgramAndNothingForUnknownOnes() {
        NgramTable.Builder builder = new NgramTable.Builder(4);
        builder.add(NgramKey.of("tion"), 3, 12);
        builder.add(NgramKey.of("ción"), 5, 9);
        builder.add(NgramKey.of("tion"), 0, 30);
        builder.add(NgramKey.of("ação"), 5, 200);
        builder.add(NgramKey.of("ação"), 7, 4);
        NgramTable table = builder.build();

        assertEquals(List.of("0:30", "3:12"), postings(table, "tion"));
        assertEquals(List.of("5:9"), postings(table, "ción"));
        assertEquals(List.of("5:200", "7:4"), postings(table, "ação"));
        assertEquals(-1, table.find(NgramKey.of("ción ")));
        assertEquals(-1, table.find(NgramKey.of("xyz")));
    }

    @Test
    void keysDependOnOrderAndLength() {
        assertEquals(NgramKey.of("ab"), NgramKey.of("xaby", 1, 3));
        assertEquals(NgramKey.of("ab"), NgramKey.of("ab".toCharArray(), 0, 2));
        assertNotEquals(NgramKey.of("ab"), NgramKey.of("ba"));
        assertNotEquals(NgramKey.of("a"), NgramKey.of("aa"));
    }

    private static List<String> postings(NgramTable table, String ngram) {
        int index = table.find(NgramKey.of(ngram));
        List<String> result = new ArrayList<>();
        for (int p = table.postingStart(index); p < table.postingEnd(index); p++) {
            result.add(table.language(p) + ":" + table.cost(p));
        }
        return result;
    }
}
