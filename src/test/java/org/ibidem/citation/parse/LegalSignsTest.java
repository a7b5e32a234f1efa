package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ibidem.citation.NameOrder;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link LegalSigns} may only ever say no where no legal shape reads the text: a text with no sign must be one
 * that {@link LegalSources#readShapes} (the shapes without the first look) reads as nothing.
 */
class LegalSignsTest {
    private static final TextSpan SPAN = new TextSpan(0, 1);
    // Pieces of the legal shapes and of ordinary notes, joined at random below.
    private static final List<String> PIECES = List.of("Doe v. Roe", "Doe v Roe", "In re Smith", "Ex parte Doe",
            "Re Doe", "550 U.S. 372", "1 F.3d 2", "F. Supp. 3d", "at 45", "at", "380", "12", "(2007)", "(1964)",
            "(2d Cir. 1990)", "(D.C. Cir. 2017)", "Jane Roe", "Tom Doe & Ann Poe", "The New Property", "73 Yale L.J.",
            "107 CALIF. L. REV.", "359 SCIENCE 1146", "2016 COLUM. BUS. L. REV.", "733, 737", "Note", "Comment",
            "'The Law of Things'", "\u2018The Rule\u2019", "(1977) 93 LQR 210, 229", "[2006] CLJ 100, 104",
            "[2006] 1 AC 262 [144]-[157] (Lord Smith)", "[2019] UKSC 41 [41]", "JANE ROE", "A HISTORY OF RIGHTS",
            "35\u201369", "(2d ed. 2007)", "(2007)", "U.S. Const. art. I", "\u00a7 8", "cl. 3", "42 U.S.C. \u00a7 1983",
            "12 C.F.R. \u00a7 226.1", "Civil Rights Act of 1964", "Pub. L. No. 88-352", "78 Stat. 241",
            "Constitutional Reform Act 2005", "(RIPA)", "s 8", "Some News Story", "N.Y. TIMES", "BUS. INSIDER",
            "(July 31, 2018)", "(Sept. 11, 2019, 12:02 AM)", "(Fall 1926)", "(July 1942)", "(Mar. 5 2019)", "https://x.example/a", "[https://perma.cc/AB]",
            "(last visited Sept. 12, 2019)", "in", "in THE OFFENSIVE WEB 31", "(Tom Doe & Ann Poe eds., 2010)",
            "in Tom Doe (ed)", "The Trial Revisited (Brill 2011) 24", "LSE Working Papers 18/2017",
            "Paper (London, 29 December 1956) 4", "[hereinafter Roe, Short Title]", "(noting that it held)",
            "(quoting Doe v. Roe, 1 F.3d 2 (1990))", "The Court held so.", "See", "Id.", "*", "*Title, *",
            "(New York: Norton, 1999)", "\u201cA Title,\u201d", "Diplomatic History 36, no. 6 (1972): 442",
            "Order", "Rules 1998", "Measure", "Regulations 2010", "ed.,", "eds.,", "\uD835\uDC00", "episode 221", "NPR",
            "1976), DVD", "J. ROE", "ROE 2D", "\u01C5ROE");
    private static final List<String> JOINERS = List.of(" ", ", ", ". ", "", " (", ") ", "; ");

    @Test
    void saysNoOnlyWhereNoShapeReadsGeneratedText() {
        Random random = new Random(20261207);
        int read = 0;
        int noSign = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder(PIECES.get(random.nextInt(PIECES.size())));
            int pieces = random.nextInt(9);
            for (int i = 0; i < pieces; i++) {
                text.append(JOINERS.get(random.nextInt(JOINERS.size())))
                        .append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = text.toString();
            boolean sign = LegalSigns.any(s);
            boolean reads = readShapes(s);
            assertThat(sign || !reads).as(s).isTrue();
            read += reads ? 1 : 0;
            noSign += sign ? 0 : 1;
        }
        // The texts reach the shapes, and the signs rule many out.
        assertThat(read).isGreaterThan(2_000);
        assertThat(noSign).isGreaterThan(20_000);
    }

    @Test
    void saysNoOnlyWhereNoShapeReadsTheNotesOfTheTestsAndDocuments() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java/org/ibidem"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                texts.addAll(literals(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        List<Path> documents = new ArrayList<>();
        for (String dir : List.of("src/test/resources/golden", "src/test/resources/corpus", "examples",
                "../shared/corpus")) {
            if (Files.isDirectory(Path.of(dir))) {
                try (Stream<Path> files = Files.walk(Path.of(dir))) {
                    files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json"))
                            .forEach(documents::add);
                }
            }
        }
        for (Path file : documents) {
            try {
                Document document = Documents.read(file);
                for (Note note : document.notes()) {
                    texts.add(note.text());
                }
            } catch (RuntimeException e) {
                // not a document these readers take
            }
        }
        int read = 0;
        for (String note : texts) {
            for (String part : parts(note)) {
                boolean reads = readShapes(part);
                assertThat(LegalSigns.any(part) || !reads).as(part).isTrue();
                read += reads ? 1 : 0;
            }
        }
        assertThat(read).isGreaterThan(100);
    }

    @Test
    void findsNoSignInAnOrdinaryNote() {
        assertThat(LegalSigns.any("Jane Roe, The Work (New York: Norton, 1999), 12")).isFalse();
        assertThat(LegalSigns.any("Sofia Coleman, \u201cModern Split in Moscow,\u201d Diplomatic History 36, no. 6"
                + " (1972): 442, https://doi.org/10.7495/15hj3xg")).isFalse();
        // A journal's issue dated by season or month is no press article's "(July 31, 2018)".
        assertThat(LegalSigns.any("Ann Roe, \u201cMemory,\u201d Journal of Modern History 67, no. 1 (Fall 1926): 77"))
                .isFalse();
        assertThat(LegalSigns.any("Ann Roe, \u201cMemory,\u201d Slavic Review 13 (June 1927): 583")).isFalse();
        // Capitals after a comma that no capital's run of authors comes before: a network, a medium.
        assertThat(LegalSigns.any("Ann Roe, host, \u201cThe Frontier,\u201d Early Days (podcast), episode 225, NPR, "
                + "September 10, 1907")).isFalse();
        assertThat(LegalSigns.any("Dusk, directed by Ann Roe (1963; New York: Criterion, 1976), DVD")).isFalse();
        assertThat(LegalSigns.any("LYNN HUNT, INVENTING HUMAN RIGHTS 35\u201369 (2007)")).isTrue();
        // The authors' run is a capital and at most 80 more characters (CAPITALS_BOOK): the capital 81 back counts.
        assertThat(LegalSigns.any("J" + "-".repeat(80) + ", INVENTING HUMAN RIGHTS")).isTrue();
        assertThat(LegalSigns.any("J" + "-".repeat(81) + ", INVENTING HUMAN RIGHTS")).isFalse();
        assertThat(LegalSigns.any("Doe v. Roe, 550 U.S. 372, 380 (2007)")).isTrue();
        assertThat(LegalSigns.any("Charles A. Reich, The New Property, 73 Yale L.J. 733, 737 (1964)")).isTrue();
    }

    @Test
    void readsNothingWhereNoFieldComesBeforeAPressDateOrURL() {
        // BluebookPress.read cut the periodical's name out of a head too short to hold one, and threw.
        assertThat(readShapes(", https://example.org/")).isFalse();
        assertThat(readShapes("A (July 5, 2019)")).isFalse();
    }

    /** The text, its segments, and every part that starts after a period and a space or ends before one. */
    private static List<String> parts(String note) {
        List<String> parts = new ArrayList<>();
        parts.add(note);
        for (TextSpan s : Segmenter.segments(note)) {
            parts.add(note.substring(s.start(), s.end()));
        }
        for (int i = note.indexOf(". "); i >= 0; i = note.indexOf(". ", i + 1)) {
            parts.add(note.substring(i + 2));
            parts.add(note.substring(0, i));
        }
        return parts;
    }

    /**
     * Whether the shapes read the text, stripped and without its final period as a segment's body is, or as it
     * stands.
     */
    private static boolean readShapes(String s) {
        String body = s.strip();
        if (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        return reads(s, body) || reads(s, s);
    }

    private static boolean reads(String raw, String body) {
        return LegalSources.readShapes(raw, SPAN, null, body, 0, false, NameOrder.GIVEN_FIRST) != null;
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.){6,})\"");

    /** The string literals of a Java source, their escapes read. */
    private static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            String s = m.group(1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\' || i + 1 >= s.length()) {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(++i);
                if (e == 'u' && i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                }
            }
            out.add(b.toString());
        }
        return out;
    }
}
