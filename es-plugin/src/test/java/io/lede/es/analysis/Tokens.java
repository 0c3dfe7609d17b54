package io.lede.es.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs Lucene analysis chains in tests and collects the emitted terms. */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> whitespace(Reader reader, java.util.function.UnaryOperator<TokenStream> filter) {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(reader);
        try (TokenStream stream = filter.apply(tokenizer)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> whitespace(String text) {
        return whitespace(new StringReader(text), s -> s);
    }

    private static List<String> drain(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> terms = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
        return terms;
    }
}
