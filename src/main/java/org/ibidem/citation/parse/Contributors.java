package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * Shared grammar: the people of a citation — the authors before the title (inverted names, "Idem", several
 * authors joined by commas) and the roles after it ("ed.", "trans.", "edited by"), with editions and volume
 * counts read on the way.
 */
final class Contributors {

    private final NameOrder familyNameFirst;

    Contributors(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
    }

    // Latin "the same (author)": masculine, feminine, and their plurals.
    private static final Pattern IDEM = Pattern.compile("(?i)idem|eadem|iidem|eaedem");

    /** Whether the field is "Idem" (or "Eadem", "Iidem", "Eaedem"): the author of the citation before. */
    static boolean isIdem(String field) {
        return mayBeIdem(field) && PatternChecks.matches(IDEM, field);
    }

    /** What every match of {@link #IDEM} is: four to six letters, the first "i" or "e" in either case. */
    static boolean mayBeIdem(String field) {
        return field.length() >= 4 && field.length() <= 6 && "iIeE".indexOf(field.charAt(0)) >= 0;
    }
    private static final Pattern EDITOR = Pattern.compile(
            "^(ed\\. and trans\\.|eds\\. and trans\\.|trans\\. and ed\\.|trans\\. and eds\\.|edited and translated by|"
                    + "translated and edited by|ed\\. by|eds\\. by|trans\\. by|ed\\.|eds\\.|edited by|trans\\.|"
                    + "translated by|"
                    + "comp\\.|compiled by)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    static final Pattern VOLUME_FIELD = Pattern.compile("^vols?\\.\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    /** Whether the text opens as every {@link #VOLUME_FIELD} does, with a "v" in either case. */
    static boolean mayBeVolumeField(String t) {
        return !t.isEmpty() && (t.charAt(0) == 'v' || t.charAt(0) == 'V');
    }
    private static final Pattern VOLUME_COUNT = Pattern.compile("^(\\d+)\\s+vols\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONGRESS_PAPER = Pattern.compile(
            "(?:H\\.|S\\.|H\\.\\s?R\\.)\\s?(?:Exec\\.\\s?|Misc\\.\\s?)?(?:Rep|Doc|Res|Report|Document)\\.?\\s*"
                    + "(?:No\\.\\s*)?\\d[\\d–-]*");
    // "87th Cong., 1st sess.", "H. Doc. 12": a congressional document's number, not part of its title.
    private static final Pattern CONGRESS_SESSION = Pattern.compile(
            "^\\d{1,3}(?:st|nd|rd|th|d)\\s+(?:cong\\.|congress|sess\\.|session)$", Pattern.CASE_INSENSITIVE);

    // ---- Shared pieces ----

    /**
     * How many leading fields are author names, leaving at least one field for the title. A name-like field
     * followed by a bare year span is a title instead: "J. H. Elliott, Imperial Spain, 1469–1716 (London: …)" has
     * one author, and "Imperial Spain, 1469–1716" is the title (no name is followed by a span of years).
     */
    static int leadingNameFields(List<Field> head) {
        int count = 0;
        while (count < head.size() - 1 && head.get(count).isPlain()
                && (Names.looksLikeNames(FieldText.stripPossessive(head.get(count).text()))
                || (count > 0 && (Names.isSuffix(head.get(count).text()) || Names.isPeerage(head.get(count).text()))))) {
            if (count > 0 && isYearSpan(head.get(count + 1).text())) {
                break;
            }
            count++;
        }
        if (count >= 2 && count < head.size() && head.get(count).isPlain() && opensWithAnd(head.get(count).text())) {
            // "Judith M. Bennett, Ale, Beer, and Brewsters in England: …": a list whose last item, after "and",
            // is no name is a title that opens with a list, not a list of authors.
            return 1;
        }
        return count;
    }

    private static boolean opensWithAnd(String text) {
        return text.regionMatches(true, 0, "and ", 0, 4) || text.startsWith("& ");
    }

    /** "1469–1716", "1580-1680", "c. 1760–1830", "1914": a title's closing dates. */
    static boolean isYearSpan(String text) {
        return PatternChecks.matches(FieldText.YEAR_SPAN, text);
    }

    /** Authors from their fields: "Zhihua Shen"; "Lengxi, Wu"; "Marx, Karl, and Frederick Engels"; "A, B, and C". */
    List<Name> authors(List<Field> all, Set<StyleFlag> flags) {
        return authors(all, flags, false);
    }

    /**
     * {@link #authors(List, Set)} of fields that {@link #leadingNameFields} counted: each is a name, a suffix or a
     * peerage already, and is not asked again.
     */
    List<Name> leadingAuthors(List<Field> nameFields, Set<StyleFlag> flags) {
        return authors(nameFields, flags, true);
    }

    private List<Name> authors(List<Field> all, Set<StyleFlag> flags, boolean allNames) {
        List<Field> fields = new ArrayList<>();
        if (!all.isEmpty() && isIdem(all.get(0).text().strip())) {
            // "…; idem, “Title,” …" and "<i>Idem</i>, …": the author of the citation before, in any case or type.
            flags.add(StyleFlag.SAME_AUTHOR_AS_BEFORE);
            all = all.subList(1, all.size());
        }
        for (Field f : all) {
            // "See the _Gardeners' Chronicle_": an article before a title is not an author.
            if (allNames || f.isPlain() && (Names.looksLikeNames(FieldText.stripPossessive(f.text()))
                    || Names.isSuffix(f.text()) || Names.isPeerage(f.text()))) {
                fields.add(f);
            }
        }
        List<Name> names = new ArrayList<>();
        if (fields.size() >= 2 && Names.continuesCorporate(fields.get(0).text(), fields.get(1).text())) {
            // "U.S. Congress, Senate, Committee on Foreign Relations": one body named from the top down.
            StringBuilder body = new StringBuilder(fields.get(0).text());
            int k = 1;
            while (k < fields.size() && Names.continuesCorporate(fields.get(k - 1).text(), fields.get(k).text())) {
                body.append(", ").append(fields.get(k).text());
                k++;
            }
            names.add(Name.literal(body.toString()));
            for (; k < fields.size(); k++) {
                names.addAll(Names.parseList(FieldText.stripPossessive(fields.get(k).text()), familyNameFirst));
            }
            return names;
        }
        int i = 0;
        if (fields.size() >= 2 && Names.isSingleWordName(fields.get(0).text())
                && Names.isGivenNames(fields.get(1).text()) && !fields.get(1).text().startsWith("and ")) {
            names.add(ownOrderInverted(Names.inverted(fields.get(0).text(), fields.get(1).text())));
            flags.add(StyleFlag.INVERTED_NAME);
            i = 2;
        } else if (fields.size() >= 2 && Names.isSingleWordName(fields.get(0).text())) {
            // "Feinstein, Charles H. and Mark Thomas": a bibliography inverts the first name only, and the
            // others follow it in reading order after "and".
            String second = fields.get(1).text();
            int and = second.indexOf(" and ");
            if (and > 0 && Names.isGivenNames(second.substring(0, and))) {
                names.add(Names.inverted(fields.get(0).text(), second.substring(0, and)));
                String rest = second.substring(and + 5);
                names.addAll(withOthers(rest, Names.parseList(rest, familyNameFirst)));
                flags.add(StyleFlag.INVERTED_NAME);
                i = 2;
            }
        }
        int personFields = 0;
        boolean lastHasAnd = false;
        for (; i < fields.size(); i++) {
            String t = FieldText.stripPossessive(fields.get(i).text());
            if (i == 0 && isIdem(t)) {
                flags.add(StyleFlag.SAME_AUTHOR_AS_BEFORE);
                continue;
            }
            if ((Names.isSuffix(t) || Names.isPeerage(t)) && !names.isEmpty()) {
                Name last = names.remove(names.size() - 1);
                String suffix = last.suffix() == null ? t : last.suffix() + ", " + t;
                names.add(new Name(last.family(), last.given(), last.particle(), suffix, last.literal()));
                continue;
            }
            lastHasAnd = t.regionMatches(true, 0, "and ", 0, 4) || t.startsWith("& ");
            names.addAll(withOthers(t, Names.parseList(t, familyNameFirst)));
            personFields++;
        }
        if (personFields + (flags.contains(StyleFlag.INVERTED_NAME) ? 1 : 0) >= 2 && !lastHasAnd) {
            flags.add(StyleFlag.AUTHORS_JOINED_BY_COMMA);
        }
        return names;
    }

    /**
     * An inverted name whose given part is a Chinese, Korean or Vietnamese family name and whose family part is a
     * given name of that shape, "Lengxi, Wu": the writer inverted "Wu Lengxi" as if it were in Western order. The
     * person's family name is Wu; "Chen, Jian" and "Zhou, Enlai" stay as written.
     */
    private static Name ownOrderInverted(Name inverted) {
        if (inverted.given() == null || inverted.particle() != null || inverted.given().indexOf(' ') >= 0) {
            return inverted;
        }
        Name own = Name.of(inverted.given(), inverted.family());
        return Names.readFamilyFirstByShape(own) ? own : inverted;
    }

    /**
     * The names of a field, and {@link Name#others()} after them when the field ends in "et al." ("Jeffrey Wu et
     * al.", "ed. Thomas K. Landauer et al."): the note says there are more, as BibTeX's "and others" does.
     */
    static List<Name> withOthers(String field, List<Name> names) {
        if (names.isEmpty() || !Names.hasEtAl(field)) {
            return names;
        }
        List<Name> all = new ArrayList<>(names);
        all.add(Name.others());
        return all;
    }

    /**
     * A Congress and session ("45th Cong., 3rd sess.") or a numbered congressional paper ("H. Rep. 2", "S. Doc. 45",
     * "H.R. Rep. No. 94-1476") after a government document's title: where it belongs, not a place or publisher.
     */
    static boolean isCongressional(String t) {
        return FieldText.startsWithDigit(t) ? mayNameSession(t) && PatternChecks.matches(CONGRESS_SESSION, t)
                : (t.startsWith("H.") || t.startsWith("S.")) && PatternChecks.matches(CONGRESS_PAPER, t);
    }

    /**
     * What every match of {@link #CONGRESS_SESSION} opens with: one to three digits, then the first letter of an
     * ordinal's ending ("st", "nd", "rd", "th", "d"). A title's years ("1873–1885") fail it.
     */
    static boolean mayNameSession(String t) {
        int k = 0;
        while (k < t.length() && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
            k++;
        }
        return k >= 1 && k <= 3 && k < t.length() && "sSnNrRtTdD".indexOf(t.charAt(k)) >= 0;
    }

    /** Whether the text opens as every match of {@link #EDITOR} does: "ed…", "tr…" or "co…". */
    private static boolean mayNameARole(String t) {
        return t.regionMatches(true, 0, "ed", 0, 2) || t.regionMatches(true, 0, "tr", 0, 2)
                || t.regionMatches(true, 0, "co", 0, 2);
    }

    /** "ed." / "trans." / "comp." and the names after it: editors, translators, or both. */
    private static void applyRole(String written, List<Name> names, Reference.Builder ref) {
        String role = written.toLowerCase(Locale.ROOT);
        if (role.startsWith("trans") && !role.contains(" ed")) {
            ref.translators(names);
        } else {
            ref.editors(names);
            if (role.contains("trans") && !role.startsWith("comp")) {
                ref.translators(names);
            }
        }
    }

    /** "ed. J. T. Houghton", "G. J. Jenkins", "and J. J. Ephraums": one role over several fields. */
    void applyRoleList(List<Field> fields, int from, int to, Reference.Builder ref) {
        Matcher m = EDITOR.matcher(fields.get(from).text());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a role: " + fields.get(from).text());
        }
        List<Name> names = new ArrayList<>(Names.parseList(m.group(2), familyNameFirst));
        for (int k = from + 1; k < to; k++) {
            names.addAll(Names.parseList(fields.get(k).text(), familyNameFirst));
        }
        names = withOthers(fields.get(to - 1).text(), names);
        applyRole(m.group(1), names, ref);
    }

    /** Reads "ed. X", "trans. Y", "2nd ed.", "vol. 3", "3 vols."; false when the field is none of these. */
    boolean applyModifier(Field f, Reference.Builder ref) {
        if (!f.isPlain()) {
            return false;
        }
        String t = f.text();
        // Each pattern is tried only on a field that opens as its matches open (or, for an edition, ends as they end).
        Matcher m = mayNameARole(t) ? EDITOR.matcher(t) : null;
        if (m != null && m.matches()) {
            applyRole(m.group(1), withOthers(m.group(2), Names.parseList(m.group(2), familyNameFirst)), ref);
            return true;
        }
        if (t.length() <= 80 && mayStateEdition(t)) {
            m = PublicationFacts.EDITION.matcher(t);
            if (m.matches()) {
                ref.edition(PublicationFacts.edition(m.group(1), m.group(2)));
                return true;
            }
        }
        m = FieldText.startsWithDigit(t) ? VOLUME_COUNT.matcher(t) : null;
        if (m != null && m.matches()) {
            ref.numberOfVolumes(m.group(1));
            return true;
        }
        m = mayBeVolumeField(t) ? VOLUME_FIELD.matcher(t) : null;
        if (m != null && m.matches()) {
            ref.volume(m.group(1));
            return true;
        }
        return false;
    }

    // How every match of PublicationFacts.EDITION ends, less a closing period: "ed.", "edn", "edition", "rev.",
    // "revised" (which ends in "ed"), "enl.".
    private static final String[] EDITION_ENDINGS = {"ed", "edn", "edition", "rev", "enl"};

    /**
     * Whether the text ends as every {@link PublicationFacts#EDITION} does (in ASCII letters of either case), past
     * a closing period and the line terminators the pattern's end allows: a title asked whether it is an edition
     * is refused by its last letters, not searched for "ed". A necessary test only; the pattern decides.
     */
    static boolean mayStateEdition(String t) {
        int end = t.length();
        while (end > 0 && isLineTerminator(t.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && t.charAt(end - 1) == '.') {
            end--;
        }
        for (String ending : EDITION_ENDINGS) {
            if (end >= ending.length() && KeywordPattern.asciiWordAt(t, end - ending.length(), ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    int modifiers(List<Field> rest, int from, Reference.Builder ref) {
        int i = from;
        while (i < rest.size()) {
            int end = nameListEnd(rest, i, rest.size());
            if (end > i + 1) {
                applyRoleList(rest, i, end, ref);
            } else if (!applyModifier(rest.get(i), ref)) {
                break;
            }
            i = end;
        }
        return i;
    }

    /**
     * Where the list of names that a role opens at field {@code i} ends: "ed. J. T. Houghton, G. J. Jenkins, and
     * J. J. Ephraums" is cut into three fields by its commas. The list runs on only when it closes with "and"
     * before {@code limit}; otherwise the role names one field ({@code i + 1}).
     */
    static int nameListEnd(List<Field> fields, int i, int limit) {
        Field f = fields.get(i);
        if (!f.isPlain() || !mayNameARole(f.text()) || !PatternChecks.matches(EDITOR, f.text())) {
            return i + 1;
        }
        for (int k = i + 1; k < limit; k++) {
            Field next = fields.get(k);
            if (!next.isPlain() || !Names.looksLikeNames(next.text())) {
                return i + 1;
            }
            if (opensWithAnd(next.text())) {
                return k + 1;
            }
        }
        return i + 1;
    }
}
