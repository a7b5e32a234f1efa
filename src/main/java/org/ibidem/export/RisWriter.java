package org.ibidem.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.CslField;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * The one place where a {@link Reference} becomes a RIS record, the tagged format Zotero, EndNote and Mendeley
 * import.
 *
 * <p>The type codes and the tags follow what Zotero writes and reads back: {@code JOUR}, {@code MGZN},
 * {@code NEWS}, {@code CHAP}, {@code ELEC}, {@code CASE}, {@code STAT}… (see {@link #typeCode}). Each CSL
 * variable with a RIS tag of its own is written under {@link CslField#risTag()}, names one per line
 * ("Family, Given, Suffix"), a page range split into {@code SP} and {@code EP}, a date as {@code PY} (the year)
 * and {@code DA} ({@code YYYY/MM/DD/other}, the other part holding a season or where a span of months ends),
 * and what has no tag in one {@code N1} note. Lines end in CR LF, as the format asks.
 *
 * <p>Stateless and thread-safe.
 */
final class RisWriter {

    private static final CslField[] VARIABLES = CslField.values(); // values() copies the array on each call

    /** A page range: first page, a hyphen or dash, last page, and nothing else. */
    private static final Pattern RANGE = Pattern.compile("\\s*([^\\s,;–—-]+)\\s*(?:-+|–|—)\\s*([^\\s,;–—-]+)\\s*");

    private RisWriter() {
    }

    /** Writes the references as RIS records, in order. */
    static void write(List<Reference> references, Writer out) throws IOException {
        for (Reference ref : references) {
            write(ref, out);
        }
        out.flush();
    }

    private static void write(Reference ref, Writer out) throws IOException {
        line(out, "TY", typeCode(ref));
        List<String> note = new ArrayList<>();
        boolean authorWritten = false;
        for (CslField variable : VARIABLES) {
            String tag = variable.risTag();
            Object value = variable.value(ref);
            if (value == null) {
                continue;
            }
            if (tag == null || (variable == CslField.DIRECTOR && authorWritten)) {
                note.add(noteText(variable, value));
                continue;
            }
            switch (variable.kind()) {
                case NAMES -> {
                    for (Object name : (List<?>) value) {
                        if (!((Name) name).isOthers()) { // RIS has no "et al."
                            line(out, tag, name((Name) name));
                        }
                    }
                    authorWritten |= tag.equals("AU");
                }
                case DATE -> {
                    PartialDate date = (PartialDate) value;
                    if (variable == CslField.ISSUED) {
                        line(out, "PY", String.format("%04d", date.year()));
                    }
                    line(out, tag, date(date));
                }
                case TEXT, NUMBER -> {
                    String text = (String) value;
                    if (variable == CslField.PAGE) {
                        pages(out, text);
                    } else if (tag.equals("N1")) {
                        note.add(text);
                    } else {
                        line(out, tag, text);
                    }
                }
                default -> throw new AssertionError(variable);
            }
        }
        if (!note.isEmpty()) {
            line(out, "N1", String.join("; ", note));
        }
        line(out, "ER", "");
        out.write("\r\n");
    }

    /** A variable with no tag of its own, as the note gives it: "event-place: Beijing". */
    private static String noteText(CslField variable, Object value) {
        String text = switch (variable.kind()) {
            case NAMES -> String.join(" and ", ((List<?>) value).stream().map(n -> ((Name) n).displayName())
                    .toList());
            case DATE -> ((PartialDate) value).toIsoInterval();
            case TEXT, NUMBER -> (String) value;
        };
        return variable.variable() + ": " + text;
    }

    /** The RIS type code Zotero writes for the kind of work (and reads back as the same kind). */
    static String typeCode(Reference ref) {
        return switch (ref.type()) {
            case BOOK -> "BOOK";
            case CHAPTER -> "CHAP";
            case ARTICLE_JOURNAL -> "JOUR";
            case ARTICLE_MAGAZINE -> "MGZN";
            case ARTICLE_NEWSPAPER -> "NEWS";
            case WEBPAGE -> "ELEC";
            case POST_WEBLOG -> "BLOG";
            case THESIS -> "THES";
            case REPORT -> "RPRT";
            case PAPER_CONFERENCE -> "CPAPER";
            // A document addressed to someone is Zotero's letter, whose recipients it reads from A2.
            case MANUSCRIPT -> ref.recipients().isEmpty() ? "MANSCPT" : "PCOMM";
            case PERSONAL_COMMUNICATION, INTERVIEW -> "PCOMM";
            case SPEECH -> "SLIDE"; // Zotero's "presentation", which CSL calls a speech
            case LEGISLATION -> "STAT";
            case LEGAL_CASE -> "CASE";
            case ENTRY_DICTIONARY -> "DICT";
            case ENTRY_ENCYCLOPEDIA -> "ENCYC";
            case MOTION_PICTURE, BROADCAST -> "MPCT";
            case SONG -> "SOUND";
            case GRAPHIC -> "ART";
            case POST -> "ICOMM";
            case PATENT -> "PAT";
            // No default: a new ItemType must be placed here deliberately, or this switch stops compiling.
            case DOCUMENT, ARTICLE -> "GEN";
        };
    }

    /** "Family, Given" or "Family, Given, Suffix", the particle with the family name; a literal name whole. */
    private static String name(Name name) {
        if (name.isLiteral()) {
            return name.literal();
        }
        StringBuilder out = new StringBuilder(name.particle() == null ? "" : name.particle() + " ");
        out.append(name.family());
        if (name.given() != null || name.suffix() != null) {
            out.append(", ").append(name.given() == null ? "" : name.given());
        }
        if (name.suffix() != null) {
            out.append(", ").append(name.suffix());
        }
        return out.toString();
    }

    /**
     * {@code YYYY/MM/DD/other}: the parts not known left empty ("1954///"), the other part giving a season
     * ("2003///Spring") or where a span of months ends ("1969/12//to 1970/01").
     */
    static String date(PartialDate d) {
        String other = d.season() != null ? d.season()
                : d.isMonthSpan() ? String.format("to %04d/%02d", d.endYear(), d.endMonth()) : "";
        return String.format("%04d/%s/%s/%s", d.year(), d.month() == 0 ? "" : String.format("%02d", d.month()),
                d.day() == 0 ? "" : String.format("%02d", d.day()), other);
    }

    /** SP and EP for a simple range ("189–225"); SP alone for a page or a list of ranges ("79-80, 85-86"). */
    private static void pages(Writer out, String pages) throws IOException {
        Matcher m = RANGE.matcher(pages);
        if (m.matches()) {
            line(out, "SP", m.group(1));
            line(out, "EP", m.group(2));
        } else {
            line(out, "SP", pages);
        }
    }

    /** One tagged line; a value's own line breaks become spaces, since a RIS value is one line. */
    private static void line(Writer out, String tag, String value) throws IOException {
        out.write(tag);
        out.write("  - ");
        out.write(value.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        out.write("\r\n");
    }
}
