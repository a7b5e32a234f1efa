package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ibidem.Analysis;
import org.ibidem.IbidemOptions;
import org.ibidem.document.InputFormat;
import org.ibidem.document.Note;
import org.ibidem.style.OutputFormat;

/**
 * Property-based tests that throw random and mutated documents of every format at the whole pipeline and check
 * the invariants of {@link PipelineChecks}: nothing throws (binary input aside), every note found is kept, every
 * source id names a source, every position lies in the file, and the BibTeX reads back.
 *
 * <p>Inputs start from small valid documents ({@link SeedDocuments}, {@link GeneratedDocuments}) and are mutated
 * ({@link Mutations}). Tries are kept low (at most 200 a property) so the class runs in a few seconds; jqwik keeps
 * the seed of a failure in {@code target/.jqwik-database} and replays it first on the next run.
 *
 * <p>An integration test ({@code *IT}): maven-failsafe runs it, with jqwik's engine beside Jupiter's, in
 * {@code mvn verify}; {@code mvn test} leaves it out to keep the inner loop fast.
 */
class PipelineFuzzIT {

    private static final List<String> EXTENSIONS = List.of("txt", "md", "html", "tex", "docx", "");

    @Provide
    Arbitrary<SeedDocuments.Seed> seeds() {
        return Arbitraries.of(SeedDocuments.all());
    }

    @Provide
    Arbitrary<List<Mutations.Mutation>> mutations() {
        return Mutations.lists(6);
    }

    @Provide
    Arbitrary<IbidemOptions> options() {
        return Arbitraries.of(PipelineChecks.OPTIONS);
    }

    /** A seed of any format, mutated as text (or, for .docx, as the XML of its parts), read by name or sniffed. */
    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void mutatedSeedsOfEveryFormatSurviveThePipeline(@ForAll("seeds") SeedDocuments.Seed seed,
                                                     @ForAll("mutations") List<Mutations.Mutation> mutations,
                                                     @ForAll boolean sniff,
                                                     @ForAll("options") IbidemOptions options) {
        String name = sniff ? "upload" : seed.name();
        if (seed.format() == InputFormat.DOCX) {
            Docx.Parts parts = SeedDocuments.DOCX_PARTS.map(xml -> Mutations.apply(xml, mutations));
            PipelineChecks.analyzeBytes(name, Docx.zip(parts), options);
            return;
        }
        String text = Mutations.apply(seed.text(), mutations);
        PipelineChecks.analyzeText(name, text, options);
        PipelineChecks.analyzeBytes(name, text.getBytes(StandardCharsets.UTF_8), options);
    }

    /** Generated documents written out unmutated: the extractor finds exactly the notes that were written. */
    @Property(tries = 60)
    void generatedDocumentsGiveBackTheirNotes(@ForAll long seed,
                                              @ForAll @IntRange(min = 1, max = 25) int count,
                                              @ForAll("formats") InputFormat format) {
        List<GeneratedDocuments.GenNote> notes = GeneratedDocuments.notes(new Random(seed), count);
        Analysis a = PipelineChecks.analyzeBytes("generated." + format.extensions().get(0),
                GeneratedDocuments.bytes(format, notes), IbidemOptions.defaults());
        assertThat(a).isNotNull();
        assertThat(a.document().notes()).extracting(Note::text)
                .containsExactlyElementsOf(notes.stream().map(GeneratedDocuments.GenNote::plain).toList());
        assertThat(a.document().notes()).extracting(Note::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(a.document().markers()).hasSize(count);
    }

    /** Generated documents in any format, mutated as text: the markup breaks in every way. */
    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void mutatedGeneratedDocumentsSurviveThePipeline(@ForAll long seed,
                                                     @ForAll @IntRange(min = 1, max = 12) int count,
                                                     @ForAll("textFormats") InputFormat format,
                                                     @ForAll("mutations") List<Mutations.Mutation> mutations,
                                                     @ForAll("options") IbidemOptions options) {
        String text = GeneratedDocuments.text(format, GeneratedDocuments.notes(new Random(seed), count));
        String mutated = Mutations.apply(text, mutations);
        PipelineChecks.analyzeText("generated." + format.extensions().get(0), mutated, options);
    }

    /**
     * The notes themselves mutated, inside well-formed documents: the parser, resolver and checks see every odd
     * note text while extraction still succeeds. Plain text cannot hold a line break inside a note line, and
     * .docx cannot hold NUL or lone surrogates, so those are folded to what each format can carry.
     */
    @Property(tries = 80, shrinking = ShrinkingMode.BOUNDED)
    void mutatedNoteTextsSurviveParsingResolvingAndChecking(@ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 12) int count,
                                                            @ForAll("plainOrDocx") InputFormat format,
                                                            @ForAll("mutations") List<Mutations.Mutation> mutations,
                                                            @ForAll("options") IbidemOptions options) {
        Random random = new Random(seed);
        List<GeneratedDocuments.GenNote> notes = new ArrayList<>(GeneratedDocuments.notes(random, count));
        int target = random.nextInt(notes.size());
        List<GeneratedDocuments.Span> spans = new ArrayList<>(notes.get(target).spans());
        int spanIndex = random.nextInt(spans.size());
        GeneratedDocuments.Span span = spans.get(spanIndex);
        String mutated = Mutations.apply(span.text(), mutations);
        if (format == InputFormat.TEXT) {
            mutated = mutated.replace('\n', ' ').replace('\r', ' ').replace('\u0085', ' ')
                    .replace('\u2028', ' ').replace('\u2029', ' ');
        }
        spans.set(spanIndex, new GeneratedDocuments.Span(mutated, span.italic()));
        notes.set(target, new GeneratedDocuments.GenNote(spans));
        // Text through the facade (a NUL is text there); a .docx as the bytes of its file.
        Analysis a = format == InputFormat.TEXT
                ? PipelineChecks.analyzeText("notes.txt", GeneratedDocuments.text(format, notes), options)
                : PipelineChecks.analyzeBytes("notes.docx", GeneratedDocuments.bytes(format, notes), options);
        if (format == InputFormat.DOCX) {
            assertThat(a.notes()).hasSize(count); // Word's notes are elements: their text cannot hide or add one
        }
    }

    /** Random bytes under every name: refused only when binary, otherwise read as something. */
    @Property(tries = 200)
    void randomBytesAreReadOrRefusedAsBinary(@ForAll @Size(max = 3000) byte[] bytes,
                                             @ForAll("extensions") String extension,
                                             @ForAll boolean zipHeader) {
        byte[] input = bytes;
        if (zipHeader) {
            input = new byte[bytes.length + 4];
            input[0] = 'P';
            input[1] = 'K';
            input[2] = 3;
            input[3] = 4;
            System.arraycopy(bytes, 0, input, 4, bytes.length);
        }
        PipelineChecks.analyzeBytes(extension.isEmpty() ? "upload" : "upload." + extension, input,
                IbidemOptions.defaults());
    }

    /** Random text, any characters, under every name. */
    @Property(tries = 200)
    void randomTextIsRead(@ForAll @Size(max = 2000) String text, @ForAll("extensions") String extension) {
        PipelineChecks.analyzeText(extension.isEmpty() ? "upload" : "upload." + extension, text,
                IbidemOptions.defaults());
    }

    /** Seeds mutated as bytes: broken UTF-8, broken zip archives, stray NULs. */
    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void seedsMutatedAsBytesAreReadOrRefusedAsBinary(@ForAll("seeds") SeedDocuments.Seed seed,
                                                     @ForAll("mutations") List<Mutations.Mutation> mutations) {
        PipelineChecks.analyzeBytes(seed.name(), Mutations.apply(seed.bytes(), mutations), IbidemOptions.defaults());
    }

    /**
     * Small mutated documents also format as bibliographies in the three bundled styles, one entry per source.
     * Formatting is the slow stage, so this property has fewer tries and only small inputs.
     */
    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void smallMutatedDocumentsFormatAsBibliographies(@ForAll("seeds") SeedDocuments.Seed seed,
                                                     @ForAll("mutations") List<Mutations.Mutation> mutations,
                                                     @ForAll("styles") String style,
                                                     @ForAll OutputFormat format) {
        Analysis a = seed.format() == InputFormat.DOCX
                ? PipelineChecks.analyzeBytes(seed.name(),
                        Docx.zip(SeedDocuments.DOCX_PARTS.map(xml -> Mutations.apply(xml, mutations))),
                        IbidemOptions.defaults())
                : PipelineChecks.analyzeText(seed.name(), Mutations.apply(seed.text(), mutations),
                        IbidemOptions.defaults());
        if (a != null && a.sources().size() <= 8) {
            PipelineChecks.checkBibliography(a, style, format);
        }
    }

    @Provide
    Arbitrary<InputFormat> formats() {
        return Arbitraries.of(InputFormat.class);
    }

    @Provide
    Arbitrary<InputFormat> textFormats() {
        return Arbitraries.of(InputFormat.TEXT, InputFormat.MARKDOWN, InputFormat.HTML, InputFormat.LATEX);
    }

    @Provide
    Arbitrary<InputFormat> plainOrDocx() {
        return Arbitraries.of(InputFormat.TEXT, InputFormat.DOCX);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<String> styles() {
        return Arbitraries.of("chicago", "apa", "mla");
    }
}
