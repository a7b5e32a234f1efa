package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * A work found while the {@link Resolver} runs: its reference, where it was first and last given in full, and what
 * a later op. cit. or loc. cit. needs. One pass owns its works; not thread-safe.
 */
final class Work {
    Reference reference;
    final int firstNote;
    int lastFullNote;
    String lastFullChapter;
    String id;
    String key;
    TitleMatch.Folded title;
    // A work known only from a short form, until a full citation completes it.
    boolean provisional;
    int completedAt;
    // The first title word the index filed the work under, to tell a title pool's works without folding again.
    String titleWord;
    // The place its latest citation named, for a later "loc. cit.".
    Locator lastLocator;
    // The citation key it is named by ("beard2015", from LaTeX's \footcite), or null for a work given in the notes.
    String citationKey;

    // Speed only, kept by WorkIndex: the id of title.key() (-1 for a title with no key) and the bits of the stems
    // of title.words(), made once for the several pools a work is filed in; where the work is in the list of all
    // works; and the last search that listed it, so that a work filed twice in a pool is listed once.
    int openingId = -1;
    long stemMask;
    int position;
    int mark;

    // The letters of title's two forms compared by edit distance (TitleMatch.Letters), for the title they were
    // made from.
    private TitleMatch.Folded lettersOf;
    private TitleMatch.Letters fullLetters;
    private TitleMatch.Letters mainLetters;

    // surnameKey of each of reference's authors, made once rather than at each citation of the work.
    private Reference authorKeysOf;
    private List<String> authorKeys;

    Work(Reference reference, int firstNote, String chapter, String key, TitleMatch.Folded title) {
        this.reference = reference;
        this.firstNote = firstNote;
        this.lastFullNote = firstNote;
        this.lastFullChapter = chapter;
        this.key = key;
        this.title = title;
    }

    List<String> authorKeys() {
        if (authorKeysOf != reference) {
            List<String> keys = new ArrayList<>(reference.authors().size());
            for (Name a : reference.authors()) {
                keys.add(surnameKey(a));
            }
            authorKeys = keys;
            authorKeysOf = reference;
        }
        return authorKeys;
    }

    /**
     * Whether the short title (with its {@link TitleMatch.Letters}) may match this work's title approximately:
     * false only when {@link TitleMatch#compareApproximate} is sure to say NONE (see
     * {@link TitleMatch#mayBeApproximate}). The work's letters are counted the first time they are needed.
     */
    boolean maySpellLike(TitleMatch.Folded shortTitle, TitleMatch.Letters shortLetters) {
        if (lettersOf != title) {
            fullLetters = TitleMatch.Letters.of(title.fullNoArticle());
            mainLetters = title.mainNoArticle().equals(title.fullNoArticle()) ? fullLetters
                    : TitleMatch.Letters.of(title.mainNoArticle());
            lettersOf = title;
        }
        return TitleMatch.mayBeApproximate(shortTitle, shortLetters, title, fullLetters, mainLetters);
    }

    /**
     * Identity of a work: authors' surnames, title and volume, folded. A work with no title (a letter, an
     * untitled memorandum, a manuscript cited by its shelfmark) is told apart by its recipients, its date and
     * where it is kept instead: two letters from the same writer are two sources, even when both are cited in full.
     * The caller folds the title, which it needs for other things too.
     */
    static String keyOf(Reference r, String foldedTitle) {
        if (r.type().has(ItemTrait.IDENTIFIED_BY_REPORT) && r.volume() != null && r.containerTitle() != null
                && r.page() != null) {
            // "Doe v. Acme Corp., 865 F.3d 620" and, its name given in the text, "865 F.3d 620": one case.
            return "report#" + Names.fold(r.volume()) + '#' + Names.fold(r.containerTitle()) + '#'
                    + Names.fold(r.page());
        }
        StringBuilder k = new StringBuilder();
        for (Name a : r.authors()) {
            k.append(surnameKey(a)).append('|');
        }
        k.append('#').append(foldedTitle).append('#').append(Names.fold(r.volume()))
                .append('#').append(Names.fold(r.containerTitle()));
        if (r.title() == null || r.title().isBlank()) {
            k.append('#');
            for (Name to : r.recipients()) {
                k.append(surnameKey(to)).append('|');
            }
            k.append('#').append(r.issued() == null ? "" : r.issued().toIso())
                    .append('#').append(Names.fold(r.archive())).append('#').append(Names.fold(r.archiveLocation()));
        }
        return k.toString();
    }

    /** A name as works are filed under it: the family name (or a body's whole name), folded. */
    static String surnameKey(Name n) {
        return Names.fold(n.isLiteral() ? n.literal() : n.family());
    }

    /** The first word of a title that is not an article, folded; null for none. */
    static String firstTitleWord(String title) {
        return title == null ? null : firstWordOfFolded(Names.fold(title));
    }

    /** {@link #firstTitleWord} of a title already folded. */
    static String firstWordOfFolded(String folded) {
        // The words of the folded title, which has single spaces between words and none at either end, taken
        // one at a time rather than split all at once.
        int start = 0;
        while (start < folded.length()) {
            int space = folded.indexOf(' ', start);
            int end = space < 0 ? folded.length() : space;
            String w = folded.substring(start, end);
            if (!w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an")) {
                return w;
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * Whether a short form in note {@code beforeNote} may refer to this work: given before that note, or
     * introduced by a short form earlier in the same note ("Smith, X, 4; Smith, X, 5").
     */
    boolean citableFrom(int beforeNote) {
        return firstNote < beforeNote || (provisional && firstNote == beforeNote);
    }
}
