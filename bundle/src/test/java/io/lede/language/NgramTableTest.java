package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramTableTest {
    @Test
    void findsEachLanguagesCostForAnNgramAndNothingForUnknownOnes() {
        long[] keys = {NgramKey.of("tion"), NgramKey.of("ción"), NgramKey.of("ação")};
        int[] postingStart = {0, 2, 3, 5};
        byte[] languages = {0, 3, 5, 5, 7};
        byte[] costs = {30, 12, 9, (byte) 200, 4};
        NgramTable table = NgramTable.of(keys, postingStart, languages, costs);

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
