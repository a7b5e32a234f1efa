package org.ibidem.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ibidem.document.InputFormat;

/**
 * Random documents of Chicago-style notes, the way scholars write them: full citations of books, articles,
 * chapters and web pages, then short forms, "Ibid." chains, "op. cit.", notes citing several works, and notes of
 * commentary, all drawn from one growing pool of works so that the short forms and ibids have something to point
 * at (and sometimes, on purpose, nothing).
 *
 * <p>The same notes can be written out as plain text, Markdown, HTML, LaTeX or .docx. The vocabulary avoids the
 * characters each markup language would read as markup, so that a document written out unmutated must give back
 * exactly its notes.
 */
final class GeneratedDocuments {

    /** One stretch of a note's text, set in italics (a title) or not. */
    record Span(String text, boolean italic) {
    }

    /** One generated note. */
    record GenNote(List<Span> spans) {

        /** The text a reader sees: the spans without their markup. */
        String plain() {
            StringBuilder b = new StringBuilder();
            for (Span s : spans) {
                b.append(s.text());
            }
            return b.toString();
        }
    }

    private static final String[] GIVEN = {"Mary", "Zhihua", "Odd Arne", "Kathleen", "José", "Søren", "Ngũgĩ",
        "Jean-Paul", "Lars", "Chen", "Hannah", "W. E. B."};
    private static final String[] FAMILY = {"Beard", "Shen", "Westad", "Brown", "Ramírez", "Kierkegaard", "Smith",
        "O’Brien", "Du Bois", "Arendt", "Lüthi", "Jian"};
    private static final String[] TITLE_WORDS = {"History", "Republic", "Rome", "Cold", "War", "Empire", "Letters",
        "Memory", "Sino-Soviet", "Alliance", "Revolution", "Split", "Ancient", "Modern", "China", "Politics",
        "Culture", "Power", "Peasants", "Ocean", "Reckoning", "Origins"};
    private static final String[] PLACES = {"New York", "Beijing", "Cambridge, MA", "London", "Paris", "Oxford",
        "Chapel Hill"};
    private static final String[] PUBLISHERS = {"Liveright", "Harvard University Press", "Verso", "Penguin",
        "Social Sciences Academic Press", "Oxford University Press", "University of North Carolina Press"};
    private static final String[] JOURNALS = {"Journal of Cold War Studies", "American Historical Review",
        "China Quarterly", "Past and Present", "Modern Asian Studies"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "October", "December"};
    private static final String[] COMMENTARY = {
        "On this point the sources disagree, as the next chapter shows.",
        "The translation is mine throughout.",
        "I thank the archivists for their help with these papers.",
        "This reading follows the older scholarship rather than the recent one.",
    };

    /** Notes per chapter in plain text, whose labels have at most four digits. */
    static final int CHAPTER_NOTES = 5_000;

    private GeneratedDocuments() {
    }

    /** A work the generator has cited in full, so later notes can shorten it. */
    private record Work(String given, String family, String title, String shortTitle) {
    }

    /** {@code count} notes drawn from {@code random}, by authors of a dozen surnames. */
    static List<GenNote> notes(Random random, int count) {
        return notes(random, count, FAMILY);
    }

    /**
     * {@code count} notes drawn from {@code random}, by authors whose surnames are drawn from {@code families}
     * (a long book cites thousands of authors; a short essay a dozen, several of them more than once).
     */
    static List<GenNote> notes(Random random, int count, String[] families) {
        List<Work> works = new ArrayList<>();
        List<GenNote> notes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = works.isEmpty() ? random.nextInt(5) : random.nextInt(14);
            notes.add(note(random, kind, works, families));
        }
        return notes;
    }

    /** {@code count} made-up surnames ("Kovanestor"), distinct, for documents with many authors. */
    static String[] surnames(int count) {
        String[] syllables = {"ko", "va", "nes", "tor", "mi", "la", "den", "ru", "sha", "pel", "or", "bi", "tan",
            "e", "qui", "zo", "har", "lun", "dre", "fa"};
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int n = i;
            do {
                b.append(syllables[n % syllables.length]);
                n /= syllables.length;
            } while (n > 0);
            b.append("son");
            out[i] = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }
        return out;
    }

    private static GenNote note(Random r, int kind, List<Work> works, String[] families) {
        List<Span> s = new ArrayList<>();
        switch (kind) {
            case 0, 1 -> { // a book
                Work w = newWork(r, works, families);
                s.add(plain(w.given() + " " + w.family() + ", "));
                s.add(italic(w.title()));
                s.add(plain(" (" + pick(r, PLACES) + ": " + pick(r, PUBLISHERS) + ", " + year(r) + "), "
                        + page(r) + "."));
            }
            case 2 -> { // a journal article
                Work w = newWork(r, works, families);
                int first = 10 + r.nextInt(300);
                s.add(plain(w.given() + " " + w.family() + ", “" + w.title() + ",” "));
                s.add(italic(pick(r, JOURNALS)));
                s.add(plain(" " + (1 + r.nextInt(40)) + ", no. " + (1 + r.nextInt(4)) + " (" + year(r) + "): "
                        + first + "–" + (first + 20) + ", " + (first + r.nextInt(20)) + "."));
            }
            case 3 -> { // a chapter in an edited book
                Work w = newWork(r, works, families);
                int first = 10 + r.nextInt(300);
                s.add(plain(w.given() + " " + w.family() + ", “" + w.title() + ",” in "));
                s.add(italic(title(r)));
                s.add(plain(", ed. " + pick(r, GIVEN) + " " + pick(r, FAMILY) + " (" + pick(r, PLACES) + ": "
                        + pick(r, PUBLISHERS) + ", " + year(r) + "), " + first + "–" + (first + 30) + "."));
            }
            case 4 -> { // a web page
                Work w = newWork(r, works, families);
                s.add(plain(w.given() + " " + w.family() + ", “" + w.title() + ",” " + pick(r, JOURNALS)
                        + " Online, " + pick(r, MONTHS) + " " + (1 + r.nextInt(28)) + ", " + year(r)
                        + ", https://example.org/" + w.family().toLowerCase(java.util.Locale.ROOT).replaceAll("\\W", "")
                        + "/" + r.nextInt(1000) + "."));
            }
            case 5, 6 -> { // a short form of an earlier work
                Work w = pickWork(r, works);
                s.add(plain(w.family() + ", "));
                s.add(italic(w.shortTitle()));
                s.add(plain(", " + page(r) + "."));
            }
            case 7, 8 -> s.add(plain("Ibid., " + page(r) + "."));
            case 9 -> s.add(plain(r.nextBoolean() ? "Ibid." : "Ibid"));
            case 10 -> s.add(plain(pick(r, COMMENTARY)));
            case 11 -> { // several works in one note
                Work a = pickWork(r, works);
                Work b = pickWork(r, works);
                s.add(plain("See " + a.family() + ", "));
                s.add(italic(a.shortTitle()));
                s.add(plain(", " + page(r) + "; and " + b.family() + ", "));
                s.add(italic(b.shortTitle()));
                s.add(plain(", " + page(r) + "."));
            }
            case 12 -> s.add(plain(pickWork(r, works).family() + ", op. cit., p. " + page(r) + "."));
            default -> { // a short form of a work never cited in full
                s.add(plain(pick(r, families) + ", "));
                s.add(italic(title(r)));
                s.add(plain(", " + page(r) + "."));
            }
        }
        return new GenNote(s);
    }

    private static Work newWork(Random r, List<Work> works, String[] families) {
        String main = title(r);
        String title = r.nextBoolean() ? main : main + ": " + title(r);
        Work w = new Work(pick(r, GIVEN), pick(r, families), title, main);
        works.add(w);
        return w;
    }

    private static Work pickWork(Random r, List<Work> works) {
        return works.get(works.size() - 1 - Math.min(works.size() - 1, r.nextInt(4)));
    }

    private static String title(Random r) {
        int words = 1 + r.nextInt(4);
        StringBuilder b = new StringBuilder(r.nextInt(3) == 0 ? "The " : "");
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(i == words - 1 && words > 2 ? " and " : " of ");
            }
            b.append(pick(r, TITLE_WORDS));
        }
        return b.toString();
    }

    private static String page(Random r) {
        int p = 1 + r.nextInt(500);
        return r.nextInt(4) == 0 ? p + "–" + (p + 1 + r.nextInt(9)) : Integer.toString(p);
    }

    private static int year(Random r) {
        return 1900 + r.nextInt(125);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Span plain(String text) {
        return new Span(text, false);
    }

    private static Span italic(String text) {
        return new Span(text, true);
    }

    // ---- Writing the notes out ----

    /** The notes as a file of the given format: a body with one marker per note, then the notes. */
    static byte[] bytes(InputFormat format, List<GenNote> notes) {
        return bytes(format, notes, null);
    }

    /** The notes as a file of the given format, with a first paragraph of the body given (or null for none). */
    static byte[] bytes(InputFormat format, List<GenNote> notes, String firstParagraph) {
        if (format == InputFormat.DOCX) {
            return Docx.zip(docxParts(notes, firstParagraph), true);
        }
        return text(format, notes, firstParagraph).getBytes(StandardCharsets.UTF_8);
    }

    /** The notes as the text of a file in a text format (not .docx). */
    static String text(InputFormat format, List<GenNote> notes) {
        return text(format, notes, null);
    }

    /** The notes as the text of a file in a text format, with a first paragraph of the body (or null). */
    static String text(InputFormat format, List<GenNote> notes, String firstParagraph) {
        StringBuilder b = new StringBuilder();
        String first = firstParagraph == null ? "" : firstParagraph + "\n\n";
        switch (format) {
            case TEXT -> {
                // Plain-text labels have at most four digits, so a long book restarts its numbering in each
                // chapter, as printed books do.
                b.append(first);
                for (int chapter = 0; chapter * CHAPTER_NOTES < notes.size(); chapter++) {
                    int from = chapter * CHAPTER_NOTES;
                    int to = Math.min(notes.size(), from + CHAPTER_NOTES);
                    if (notes.size() > CHAPTER_NOTES) {
                        b.append("CHAPTER ").append(chapter + 1).append("\n\n");
                    }
                    for (int i = from; i < to; i++) {
                        b.append("Sentence ").append(i - from + 1).append(" of the essay.[").append(i - from + 1)
                                .append("]\n");
                    }
                    b.append("\nNotes\n\n");
                    for (int i = from; i < to; i++) {
                        b.append('[').append(i - from + 1).append("] ").append(markup(notes.get(i), "_", "_"))
                                .append('\n');
                    }
                    b.append('\n');
                }
            }
            case MARKDOWN -> {
                b.append("# An essay\n\n").append(first);
                for (int i = 1; i <= notes.size(); i++) {
                    b.append("Sentence ").append(i).append(" of the essay.[^").append(i).append("]\n");
                }
                b.append('\n');
                for (int i = 1; i <= notes.size(); i++) {
                    b.append("[^").append(i).append("]: ").append(markup(notes.get(i - 1), "*", "*")).append('\n');
                }
            }
            case HTML -> {
                b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Essay</title></head><body>\n");
                if (firstParagraph != null) {
                    b.append("<p>").append(firstParagraph).append("</p>\n");
                }
                for (int i = 1; i <= notes.size(); i++) {
                    b.append("<p>Sentence ").append(i).append(" of the essay.<sup><a href=\"#fn").append(i)
                            .append("\" id=\"fnref").append(i).append("\">").append(i).append("</a></sup></p>\n");
                }
                b.append("<section class=\"footnotes\"><ol>\n");
                for (int i = 1; i <= notes.size(); i++) {
                    b.append("<li id=\"fn").append(i).append("\"><p>").append(html(notes.get(i - 1)))
                            .append(" <a href=\"#fnref").append(i).append("\" class=\"footnote-back\">↩</a></p></li>\n");
                }
                b.append("</ol></section>\n</body></html>\n");
            }
            case LATEX -> {
                b.append("\\documentclass{article}\n\\begin{document}\n").append(first);
                for (int i = 1; i <= notes.size(); i++) {
                    b.append("Sentence ").append(i).append(" of the essay.\\footnote{")
                            .append(markup(notes.get(i - 1), "\\emph{", "}")).append("}\n");
                }
                b.append("\\end{document}\n");
            }
            default -> throw new IllegalArgumentException("not a text format: " + format);
        }
        return b.toString();
    }

    /** The notes as the XML parts of a .docx. */
    static Docx.Parts docxParts(List<GenNote> notes) {
        return docxParts(notes, null);
    }

    /** The notes as the XML parts of a .docx, with a first paragraph of the body (or null). */
    static Docx.Parts docxParts(List<GenNote> notes, String firstParagraph) {
        List<String> body = new ArrayList<>();
        if (firstParagraph != null) {
            body.add("<w:p>" + Docx.run(firstParagraph, false) + "</w:p>");
        }
        List<String> footnotes = new ArrayList<>();
        for (int i = 1; i <= notes.size(); i++) {
            body.add(Docx.bodyParagraph("Sentence " + i + " of the essay.", i));
            StringBuilder runs = new StringBuilder(Docx.run(" ", false));
            for (Span s : notes.get(i - 1).spans()) {
                runs.append(Docx.run(s.text(), s.italic()));
            }
            footnotes.add(Docx.note("footnote", i, runs.toString()));
        }
        return Docx.parts(body, footnotes, List.of());
    }

    private static String markup(GenNote note, String open, String close) {
        StringBuilder b = new StringBuilder();
        for (Span s : note.spans()) {
            b.append(s.italic() ? open + s.text() + close : s.text());
        }
        return b.toString();
    }

    private static String html(GenNote note) {
        StringBuilder b = new StringBuilder();
        for (Span s : note.spans()) {
            String t = s.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            b.append(s.italic() ? "<em>" + t + "</em>" : t);
        }
        return b.toString();
    }
}
