package org.ibidem.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.ibidem.citation.parse.Parser;
import org.ibidem.document.Document;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;

/**
 * Parses the free text of a note into citations.
 *
 * <p>The parser follows the shapes of the Chicago Manual of Style's notes (chapter 14), read loosely, as people
 * write them:
 * <ul>
 *   <li>A note may hold several citations separated by semicolons, or by a sentence that starts with a signal
 *       ("See", "See also", "Cf."). Signals become the citation's prefix; commentary after the citation its
 *       suffix. A note of commentary alone has no citation.</li>
 *   <li>"Ibid.", "Ibid, 45", "ibidem", "Id." are {@link IbidCitation}s.</li>
 *   <li>"Smith, supra note 3, at 45", "n. 7 above", "Smith, op. cit., 12" and "loc. cit." are
 *       {@link CrossReference}s.</li>
 *   <li>A citation with publication facts in parentheses ("(Beijing: Social Sciences Academic Press, 2016)"), a
 *       quoted title followed by a container (journal, newspaper, website, archive), a date or a URL gives a
 *       work in full: a {@link FullCitation}.</li>
 *   <li>Anything else shaped like "Author, Title, page", "Author, page" or "Title, page" is a
 *       {@link ShortCitation}.</li>
 *   <li>What is none of these but still looks like a reference is kept as an {@link UnparsedCitation}.</li>
 * </ul>
 * In a full citation the authors are the leading comma-separated fields that look like names (at least one
 * field is always left for the title); "Lengxi, Wu" (a one-word surname, then given names) is an inverted name;
 * "Karl Marx, Frederick Engels" are two authors joined by a comma. Both are flagged for house-style rules.
 * A volume run into a title ("Selected Works of Mao Tse-Tung Vol 5") is split off, because it tells the
 * volumes of one multi-volume work apart.
 *
 * <pre>{@code
 * NoteParser parser = new NoteParser();
 * List<Citation> cs = parser.parse("Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet "
 *         + "Relations (Beijing: Social Sciences Academic Press, 2016), 141.");
 * FullCitation c = (FullCitation) cs.get(0);
 * c.reference().authors().get(0).family();   // "Shen"
 * c.locator().value();                       // "141"
 * }</pre>
 *
 * <p>The readers behind this facade live in {@code org.ibidem.citation.parse}; {@code docs/parser.md} lists them
 * in the order they are tried.
 *
 * <p>Stateless and thread-safe; never throws on content. Runs in time linear in the note's length (no
 * regular expression runs over unbounded text with nested quantifiers).
 */
public final class NoteParser {

    private final Parser parser;

    /** A parser that reads personal names given name first, as Chicago notes write them. */
    public NoteParser() {
        this(false);
    }

    /**
     * A parser.
     *
     * @param familyNameFirst read personal names family name first ("Chen Jian" → family "Chen"), for documents
     *                        that write romanized Chinese, Japanese or Korean names in their own order
     */
    public NoteParser(boolean familyNameFirst) {
        this(familyNameFirst ? NameOrder.FAMILY_FIRST : NameOrder.GIVEN_FIRST);
    }

    /**
     * A parser.
     *
     * @param nameOrder which personal names are written family name first
     */
    public NoteParser(NameOrder nameOrder) {
        this.parser = new Parser(Objects.requireNonNull(nameOrder, "nameOrder"));
    }

    /**
     * Parses every note of a document, in order. A document of {@value #PARALLEL_FROM} notes or more is parsed on
     * the common fork-join pool's threads as well as the caller's: each note is parsed on its own (the parser
     * keeps nothing from one note to the next), so the result is the same list in the same order.
     */
    public List<ParsedNote> parseAll(Document document) {
        List<Note> notes = document.notes();
        if (notes.size() >= PARALLEL_FROM) {
            return IntStream.range(0, notes.size()).parallel().mapToObj(i -> parse(notes.get(i))).toList();
        }
        List<ParsedNote> parsed = new ArrayList<>(notes.size());
        for (Note note : notes) {
            parsed.add(parse(note));
        }
        return parsed;
    }

    /**
     * How many notes make parsing them in parallel worth its cost: a book's few hundred notes parse in
     * milliseconds, where handing work to other threads would cost more than it saves.
     */
    static final int PARALLEL_FROM = 2_000;

    /** Parses a note. */
    public ParsedNote parse(Note note) {
        return new ParsedNote(note, parser.parse(note.text(), note.emphasis(), note.keys()));
    }

    /** Parses a note's text into its citations, in order; commentary alone gives an empty list. */
    public List<Citation> parse(String text) {
        return parse(text, List.of());
    }

    /**
     * Parses a note's text, knowing which spans of it were set in italics (titles, in Chicago).
     *
     * @param italics spans of {@code text} in italics, sorted; empty when the source had no markup
     */
    public List<Citation> parse(String text, List<TextSpan> italics) {
        return parser.parse(text, italics);
    }
}
