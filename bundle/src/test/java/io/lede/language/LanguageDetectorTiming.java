package io.lede.language;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;

/**
 * Measures the detector's start-up, heap and per-sentence cost on one thread (a main, not a test; numbers are
 * recorded in docs/LANGUAGE.md). Run from the repository root after {@code mvn -q -o -pl bundle test-compile}:
 * <pre>
 * java -cp bundle/target/test-classes:bundle/target/classes:$(cat bundle/target/cli.classpath) \
 *     io.lede.language.LanguageDetectorTiming
 * </pre>
 */
public final class LanguageDetectorTiming {
    private static final List<String> SENTENCES = List.of(
            "Le gouvernement a présenté lundi un nouveau projet de loi sur le budget de l'État pour l'année prochaine.",
            "The government presented a new budget bill on Monday, which parliament will debate next week.",
            "Die Regierung hat am Montag einen neuen Gesetzentwurf zum Haushalt für das kommende Jahr vorgestellt.",
            "El Gobierno presentó el lunes un nuevo proyecto de ley de presupuestos que el Congreso debatirá pronto.",
            "Il governo ha presentato lunedì un nuovo disegno di legge sul bilancio dello Stato per il prossimo anno.",
            "De regering heeft maandag een nieuw wetsvoorstel over de begroting voor volgend jaar gepresenteerd.",
            "O governo apresentou na segunda-feira um novo projeto de lei sobre o orçamento do próximo ano.");
    private static final int ROUNDS = 20_000;

    private LanguageDetectorTiming() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        LedeLanguageDetector detector = new LedeLanguageDetector();
        detector.loadModels(Set.of("fr", "en", "de", "es", "it", "nl", "pt"));
        System.out.printf("ready in %.2f s wall, %.2f s CPU%n", (System.nanoTime() - wall) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after load: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
        run(detector, ROUNDS / 4);
        wall = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        int items = run(detector, ROUNDS);
        System.out.printf("%.3f ms/sentence wall, %.3f ms/sentence CPU (%d sentences, mean %d chars)%n",
                (System.nanoTime() - wall) / 1e6 / items, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / items,
                items, SENTENCES.stream().mapToInt(String::length).sum() / SENTENCES.size());
    }

    private static int run(LedeLanguageDetector detector, int rounds) {
        int items = 0;
        int checksum = 0;
        for (int r = 0; r < rounds; r++) {
            for (String sentence : SENTENCES) {
                detector.reset();
                detector.addText(sentence);
                checksum += detector.detectAll().get(0).getLanguage().hashCode();
                items++;
            }
        }
        if (checksum == 42) {
            System.out.println();
        }
        return items;
    }
}
