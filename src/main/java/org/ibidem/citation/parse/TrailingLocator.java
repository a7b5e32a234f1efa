package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Shared grammar: what trails a citation — the locator (page, "col. 3", a page range), a URL or DOI, an access
 * date, an e-book format — and where the locator ends and a remark begins.
 */
final class TrailingLocator {

    private TrailingLocator() {
    }

    private static final Pattern EBOOK_FORMAT = Pattern.compile(
            "(?i)kindle(?: edition)?|epub|e-?book|apple books|ibooks|nook(?: edition)?|pdf e-?book");
    private static final Pattern DOI_URL = Pattern.compile("(?i)^https?://(dx\\.)?doi\\.org/");
    /** How a web address or DOI opens, for patterns compiled case-insensitive: "https://", "www.", "doi:". */
    static final String ADDRESS_OPENING = "(?:https?://|www\\.|doi:\\s*)";
    private static final Pattern URL = Pattern.compile("^(?:<)?(" + ADDRESS_OPENING + "\\S+)(?:>)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCESSED = Pattern.compile("^(?:last\\s+)?(?:accessed|retrieved|viewed)(?:\\s+on)?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the whole text is a URL ({@link #URL}), tried only on a text that opens as one. */
    static boolean isUrl(String t) {
        return opensAsUrl(t) && PatternChecks.matches(URL, t);
    }

    /**
     * Whether the text opens as a {@link #URL} does, after its optional "&lt;": "http", "www." or "doi:", in either
     * case. "Washington Post" does not.
     */
    static boolean opensAsUrl(String t) {
        int k = t.startsWith("<") ? 1 : 0;
        if (t.length() < k + 4 || "hHwWdD".indexOf(t.charAt(k)) < 0) {
            return false; // one look at the first letter refuses most fields
        }
        return t.regionMatches(true, k, "http", 0, 4) || t.regionMatches(true, k, "www.", 0, 4)
                || t.regionMatches(true, k, "doi:", 0, 4);
    }

    /** Whether the whole text is a DOI, as "doi:…" or a doi.org address. */
    static boolean isDoi(String t) {
        if (!isUrl(t)) {
            return false;
        }
        int k = t.startsWith("<") ? 1 : 0;
        return t.regionMatches(true, k, "doi:", 0, 4) || DOI_URL.matcher(t.substring(k)).lookingAt();
    }

    /**
     * Gives the reference the DOI or the URL an address states: "doi:10.1353/x" and "https://doi.org/10.1353/x" are
     * the DOI 10.1353/x; any other address is the URL.
     */
    static void address(String u, Reference.Builder ref) {
        Matcher doiUrl = DOI_URL.matcher(u);
        if (u.regionMatches(true, 0, "doi:", 0, 4)) {
            ref.doi(u.substring(4).strip());
        } else if (doiUrl.lookingAt() && doiUrl.end() < u.length()) {
            ref.doi(u.substring(doiUrl.end()));
        } else {
            ref.url(u);
        }
    }

    /** Whether the whole text is an access date ({@link #ACCESSED}), tried only on a text that opens as one. */
    static boolean isAccessed(String t) {
        return opensAsAccessed(t) && PatternChecks.matches(ACCESSED, t);
    }

    /** Whether the text opens with a character an {@link #ACCESSED} date opens with. */
    private static boolean opensAsAccessed(String t) {
        return !t.isEmpty() && "lLaArRvV".indexOf(t.charAt(0)) >= 0;
    }

    /**
     * Whether the text says when a post went up, "posted March 2", "posted March 2, 2009": "posted" and a date
     * (alone, or with the year in the next field). Not "posted by".
     */
    static boolean isPosted(String t) {
        return t.length() > 9 && t.regionMatches(true, 0, "posted ", 0, 7) && Character.isDigit(t.charAt(t.length() - 1))
                && (Dates.isMonthDay(t.substring(7).strip()) || Dates.parse(t.substring(7).strip()) != null);
    }

    /** Consumes a date, an access date or a URL after the work's main parts. */
    static boolean consumeTrailing(Field f, List<Field> all, int index, Reference.Builder ref) {
        if (f.kind() == Field.Kind.PAREN && isAccessed(f.text())) {
            // "http://… (accessed April 28, 2010)": the access date in parentheses, as older Chicago gave it.
            Matcher accessed = ACCESSED.matcher(f.text());
            accessed.matches();
            ref.accessed(Dates.parse(accessed.group(1)));
            return true;
        }
        if (!f.isPlain()) {
            return false;
        }
        String t = f.text();
        if (isPosted(t)) {
            // "posted March 2, 2009": the day a blog post went up is its date.
            String dateText = t.substring(7).strip();
            if (index + 1 < all.size() && Dates.isMonthDay(dateText) && Dates.isYear(all.get(index + 1).text())) {
                dateText = dateText + ", " + all.get(index + 1).text();
            }
            PartialDate posted = Dates.parse(dateText);
            if (posted != null) {
                ref.issued(posted);
                return true;
            }
        }
        if (t.length() <= 20 && !t.isEmpty() && "kKeEaAiInNpP".indexOf(t.charAt(0)) >= 0
                && PatternChecks.matches(EBOOK_FORMAT, t)) {
            // "…, chap. 3, Kindle": the e-book format read, after the place cited (CMOS 14.160; CSL's "medium").
            ref.note(t);
            return true;
        }
        // A matcher to read groups from is made only for a field that opens as a URL or an access date, and the one
        // match both answers the question and gives the groups.
        Matcher url = opensAsUrl(t) ? URL.matcher(t) : null;
        if (url != null && url.matches()) {
            address(url.group(1), ref);
            return true;
        }
        Matcher accessed = opensAsAccessed(t) ? ACCESSED.matcher(t) : null;
        if (accessed != null && accessed.matches()) {
            String dateText = accessed.group(1);
            if (index + 1 < all.size() && Dates.isYear(all.get(index + 1).text())) {
                dateText = dateText + ", " + all.get(index + 1).text();
            }
            ref.accessed(Dates.parse(dateText));
            return true;
        }
        if (Dates.isMonthDay(t) && index + 1 < all.size() && Dates.isYear(all.get(index + 1).text())) {
            ref.issued(Dates.parse(t + ", " + all.get(index + 1).text()));
            return true;
        }
        PartialDate d = Dates.parse(t);
        if (d != null && !(Dates.isYear(t) && index > 0 && FieldText.endsWithDigit(all.get(index - 1).text()))
                && ref.issued() == null) {
            ref.issued(d);
            return true;
        }
        if (index > 0 && (isAccessed(all.get(index - 1).text()) || isPosted(all.get(index - 1).text()))
                && Dates.isYear(t)) {
            return true; // the year of an access or posting date, already read with it
        }
        return false;
    }

    static boolean allLocators(List<Field> fields) {
        // Only plain fields are locators: a title or the facts in parentheses says no before any is parsed.
        for (Field f : fields) {
            if (!f.isPlain()) {
                return false;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!isLocatorField(fields, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether field {@code i} is a locator, or the "and 105" that ends a list begun by the field before it. */
    static boolean isLocatorField(List<Field> fields, int i) {
        Field f = fields.get(i);
        if (!f.isPlain()) {
            return false;
        }
        if (Locators.isLocator(f.text())) {
            return true;
        }
        return i > 0 && Locators.isContinuation(f.text()) && fields.get(i - 1).isPlain()
                && Locators.isLocator(fields.get(i - 1).text());
    }

    static Locator locatorOf(List<Field> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        return Locators.parse(FieldText.joinText(fields));
    }

    /** A page range followed by a pinpoint inside it ("189–225, 201") gives both; otherwise all is the locator. */
    static LocatorAndPage locatorAndPage(List<Field> tail) {
        LocatorAndPage extentThenPinpoint = Extents.extentThenPinpoint(tail);
        if (extentThenPinpoint != null) {
            return extentThenPinpoint; // "8–33 (8)", "538–56, citation on p. 540"
        }
        if (tail.size() == 1 && tail.get(0).isPlain()) {
            // The usual page alone: parsed once, as the test and the locator.
            Locator only = Locators.parse(tail.get(0).text());
            return only == null ? null : new LocatorAndPage(only, null);
        }
        if (!allLocators(tail)) {
            // "vol. 1, p. 212": a volume is no locator alone, but is with the page after it.
            Locator whole = tail.size() == 2 ? Locators.parse(FieldText.joinText(tail)) : null;
            return whole == null ? null : new LocatorAndPage(whole, null);
        }
        Locator all = locatorOf(tail);
        if (all == null) {
            return null;
        }
        if (tail.size() == 2) {
            int[] range = PageRanges.range(tail.get(0).text());
            int[] pin = PageRanges.range(tail.get(1).text());
            if (range != null && pin != null && range[1] > range[0] && pin[0] >= range[0] && pin[1] <= range[1]
                    && !(pin[0] == range[0] && pin[1] == range[1])) {
                return new LocatorAndPage(Locator.page(tail.get(1).text()), tail.get(0).text());
            }
        }
        return new LocatorAndPage(all, null);
    }

    /** What follows a work: the place cited, or, when the fields state no locator, a remark kept as the suffix. */
    record Trailing(Locator locator, String suffix) {
        static Trailing of(List<Field> fields) {
            if (fields.isEmpty()) {
                return new Trailing(null, null);
            }
            LocatorAndPage lp = locatorAndPage(fields);
            return lp != null ? new Trailing(lp.locator(), null) : new Trailing(null, FieldText.joinText(fields));
        }
    }

    /**
     * Where a letter, diary or newspaper cited by its date begins its date ("Lowther, Feb. 16-26, 1685", "Hartley's
     * Diary, Jan. 28, 1684-5, June 11, 1699"): the index of the first of the trailing fields that are all days of
     * writing and their years, after one or two fields that name the writer or the series (the first plain); -1 if none.
     */
    static int datedFrom(List<Field> fields) {
        int i = fields.size();
        while (i > 1 && fields.get(i - 1).isPlain() && (Dates.isDayOfWriting(fields.get(i - 1).text())
                || (Dates.isYearOfWriting(fields.get(i - 1).text()) || Dates.isSpanOfDays(fields.get(i - 1).text())
                        || Dates.isDayInBothStyles(fields.get(i - 1).text(), true))
                && (Dates.isDayOfWriting(fields.get(i - 2).text()) || Dates.isDayInBothStyles(fields.get(i - 2).text(), true)))) {
            i--;
        }
        if (i == fields.size() || i > 2 || !Dates.isDayOfWriting(fields.get(i).text())) {
            return -1;
        }
        // A writer or a series is named in a few words; "Goschen to Grey, July 27" is a letter described, which
        // a collection's number before it locates ("Correspondence, No. 43. Goschen to Grey, July 27").
        Field first = fields.get(0);
        return first.isPlain() && Prose.splitLength(first.text()) <= 3 ? i : -1;
    }
}
