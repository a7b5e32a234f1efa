package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.ShortCitation;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;

/**
 * An article of a dictionary named by its compiler, as older notes send the reader to one: "See in Moreri, in the
 * article of Savonarola, a full account of …", "Chalmers, art. Hooker". The English of what later notes write as
 * "s.v.": the article is the place cited, and the prose after it is commentary.
 *
 * <p>Stateless and thread-safe.
 */
final class DictionaryArticleReader implements CitationReader {

    private final NameOrder familyNameFirst;

    DictionaryArticleReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
    }

    // "in Moreri, in the article of Savonarola, …": the compiler, then the article; what follows is commentary.
    private static final Pattern ARTICLE = Pattern.compile("^(?:in )?(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?),"
            + " (?:in )?(?:the )?((?:article|art\\.) (?:of |on )?\\p{Lu}[\\p{L}'’-]+)(?:, (.+))?$", Pattern.DOTALL);

    @Override
    public boolean readsFields() {
        return false;
    }

    @Override
    public boolean accepts(Segment s) {
        return s.body().contains("art") && s.body().length() < 600;
    }

    @Override
    public Citation read(Segment s) {
        Matcher m = ARTICLE.matcher(s.body());
        if (!m.matches() || !Names.looksLikeNames(m.group(1))) {
            return null;
        }
        List<Name> compiler = Names.parseList(m.group(1), familyNameFirst);
        if (compiler.isEmpty()) {
            return null;
        }
        String rest = m.group(3) == null ? null : s.written().substring(m.start(3)).strip();
        return new ShortCitation(ShortCitation.Form.AUTHOR_ONLY, compiler, null, null,
                new Locator("section", m.group(2).replaceAll("\\s+", " ")), null, s.raw(), s.span(), s.prefix(),
                rest, s.flags());
    }
}
