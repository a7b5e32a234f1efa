package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.api.Test;

/** A library user adds a rule of their own through the options, without touching the built-in ones. */
class CustomRuleTest {

    /** A house rule of a journal that wants no URLs in notes. */
    private static final ChainRule NO_URLS = new ChainRule() {
        @Override
        public List<RuleCode> codes() {
            return List.of(new RuleCode("house-no-urls", Severity.WARNING, "a note gives a URL"));
        }

        @Override
        public void check(CheckContext context, DiagnosticSink sink) {
            for (ResolvedNote n : context.notes()) {
                int at = n.note().text().indexOf("http");
                if (at >= 0) {
                    sink.report("house-no-urls", n.note(), new org.ibidem.document.TextSpan(at, at + 4),
                            "note " + n.note().displayName() + " gives a URL");
                }
            }
        }
    };

    private static final String DOCUMENT = """
            A web page is cited.[1] A book is cited.[2]

            [1] Wilson Center, “Cold War International History Project,” accessed March 3, 2025, https://www.wilsoncenter.org/program/cold-war-international-history-project.

            [2] John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
            """;

    @Test
    void reportsTheFindingsOfARuleAddedThroughTheOptions() {
        IbidemOptions options = IbidemOptions.defaults().withCheck(CheckOptions.defaults().withRule(NO_URLS));

        Analysis analysis = Ibidem.analyze("doc.txt", DOCUMENT, options);

        assertThat(analysis.diagnostics()).filteredOn(d -> d.code().equals("house-no-urls"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.note()).isEqualTo("1");
                    assertThat(d.position().line()).isEqualTo(3);
                });
    }

    @Test
    void letsTheUserChangeTheSeverityOfTheirOwnRule() {
        CheckOptions check = CheckOptions.defaults().withRule(NO_URLS).withSeverity("house-no-urls", Severity.ERROR);

        Analysis analysis = Ibidem.analyze("doc.txt", DOCUMENT, IbidemOptions.defaults().withCheck(check));

        assertThat(analysis.hasErrors()).isTrue();
    }

    /** The same house rule, looking at one note at a time: it joins the validator's one walk over the notes. */
    private static final NoteRule NO_URLS_PER_NOTE = new NoteRule() {
        @Override
        public List<RuleCode> codes() {
            return List.of(new RuleCode("house-no-urls", Severity.WARNING, "a note gives a URL"));
        }

        @Override
        public NoteChecker start(CheckContext context, DiagnosticSink sink) {
            return new NoteChecker() {
                @Override
                public void note(ResolvedNote n) {
                    int at = n.note().text().indexOf("http");
                    if (at >= 0) {
                        sink.report("house-no-urls", n.note(), new org.ibidem.document.TextSpan(at, at + 4),
                                "note " + n.note().displayName() + " gives a URL");
                    }
                }
            };
        }
    };

    @Test
    void reportsTheFindingsOfANoteRuleAsOfTheSameRuleWrittenForTheWholeDocument() {
        Analysis whole = Ibidem.analyze("doc.txt", DOCUMENT,
                IbidemOptions.defaults().withCheck(CheckOptions.defaults().withRule(NO_URLS)));
        Analysis perNote = Ibidem.analyze("doc.txt", DOCUMENT,
                IbidemOptions.defaults().withCheck(CheckOptions.defaults().withRule(NO_URLS_PER_NOTE)));

        assertThat(perNote.diagnostics()).filteredOn(d -> d.code().equals("house-no-urls")).hasSize(1);
        assertThat(perNote.diagnostics()).isEqualTo(whole.diagnostics());
    }

    @Test
    void showsANoteRuleEachNoteThenItsCitationsOnceInOrderThenTheEnd() {
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        NoteRule recorder = new NoteRule() {
            @Override
            public List<RuleCode> codes() {
                return List.of(new RuleCode("house-recorder", Severity.INFO, "records the walk"));
            }

            @Override
            public NoteChecker start(CheckContext context, DiagnosticSink sink) {
                seen.add("start");
                return new NoteChecker() {
                    @Override
                    public void note(ResolvedNote n) {
                        seen.add("note " + n.note().displayName());
                    }

                    @Override
                    public void citation(ResolvedNote n, org.ibidem.resolution.ResolvedCitation c) {
                        seen.add("citation of note " + n.note().displayName());
                    }

                    @Override
                    public void finish() {
                        seen.add("finish");
                    }
                };
            }
        };

        Ibidem.analyze("doc.txt", DOCUMENT, IbidemOptions.defaults().withCheck(CheckOptions.defaults()
                .withRule(recorder)));

        assertThat(seen).containsExactly("start", "note 1", "citation of note 1", "note 2", "citation of note 2",
                "finish");
    }

    @Test
    void runsANoteRuleOnItsOwnThroughCheck() {
        Analysis analysis = Ibidem.analyze("doc.txt", DOCUMENT, IbidemOptions.defaults());
        CheckContext context = new CheckContext(analysis.document(), analysis.resolution());
        List<String> found = new java.util.ArrayList<>();
        DiagnosticSink sink = new DiagnosticSink() {
            @Override
            public void report(String code, org.ibidem.document.Note note, String message) {
                found.add(code + " " + message);
            }

            @Override
            public void report(String code, org.ibidem.document.Note note, org.ibidem.document.TextSpan span,
                               String message) {
                found.add(code + " " + message);
            }

            @Override
            public void report(String code, org.ibidem.document.SourcePosition position, String message) {
                found.add(code + " " + message);
            }
        };

        NO_URLS_PER_NOTE.check(context, sink);

        assertThat(found).containsExactly("house-no-urls note 1 gives a URL");
    }

    @Test
    void refusesARuleThatReusesABuiltInCode() {
        ChainRule clash = new ChainRule() {
            @Override
            public List<RuleCode> codes() {
                return List.of(new RuleCode("ibid-without-period", Severity.INFO, "mine"));
            }

            @Override
            public void check(CheckContext context, DiagnosticSink sink) {
            }
        };

        assertThatThrownBy(() -> new ChainValidator(CheckOptions.defaults().withRule(clash)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ibid-without-period");
    }
}
