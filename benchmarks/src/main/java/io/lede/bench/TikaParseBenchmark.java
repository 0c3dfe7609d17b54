package io.lede.bench;

import io.lede.parse.ParseException;
import io.lede.parse.ParsedDocument;
import io.lede.parse.TikaParsing;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Parsing an HTML article page with the project's Tika configuration and default limits, main-text extraction
 * included. {@link TikaParsing#parse} hands the work to its timer thread, so the hand-off is part of the figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TikaParseBenchmark {
    @Param({"1", "5", "20", "100"})
    public int kilobytes;

    @Param({"fr", "en", "de", "es", "it"})
    public String language;

    private TikaParsing tika;
    private byte[] page;

    @Setup
    public void setUp() throws ParseException {
        tika = TikaParsing.withDefaults();
        page = HtmlPages.page(language, kilobytes * 1024);
        if (tika.parse(page, "text/html; charset=UTF-8", "bench.html").text().isEmpty()) {
            throw new IllegalStateException("Tika found no text in the benchmark page");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        tika.close();
    }

    @Benchmark
    public ParsedDocument parse() throws ParseException {
        return tika.parse(page, "text/html; charset=UTF-8", "bench.html");
    }
}
