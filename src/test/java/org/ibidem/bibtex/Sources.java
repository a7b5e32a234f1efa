package org.ibidem.bibtex;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * References from notes on Sino-Soviet history, one or more per BibTeX entry type, with the names and characters
 * that BibTeX gets wrong when nobody escapes them.
 */
final class Sources {

    /** Zhihua Shen, Reviewing and Reconsidering … (Beijing: Social Sciences Academic Press, 2016). */
    static final Reference SHEN = Reference.builder(ItemType.BOOK)
            .id("shen2016")
            .authors(List.of(Name.of("Shen", "Zhihua")))
            .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
            .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
            .issued(PartialDate.ofYear(2016))
            .build();

    /** The same author in Chinese script, written as UTF-8. */
    static final Reference SHEN_ZH = Reference.builder(ItemType.BOOK)
            .id("shen2016zh")
            .authors(List.of(Name.of("沈", "志华")))
            .title("中苏关系史纲")
            .publisherPlace("北京").publisher("社会科学文献出版社")
            .issued(PartialDate.ofYear(2016))
            .build();

    /** Myron Rush, "After Khrushchev …," Studies in Comparative Communism 2 no.3/4 (July/October 1969). */
    static final Reference RUSH = Reference.builder(ItemType.ARTICLE_JOURNAL)
            .id("rush1969")
            .authors(List.of(Name.of("Rush", "Myron")))
            .title("After Khrushchev: Problems of Succession in the Soviet Union")
            .containerTitle("Studies in Comparative Communism")
            .volume("2").issue("3/4")
            .issued(new PartialDate(1969, 7, 0, 10, null))
            .build();

    /** Karl Marx, Frederick Engels, Communist Manifesto (Claremont: Joshua James Press, 1848). */
    static final Reference MARX_ENGELS = Reference.builder(ItemType.BOOK)
            .id("marx1848")
            .authors(List.of(Name.of("Marx", "Karl"), Name.of("Engels", "Frederick")))
            .title("Communist Manifesto")
            .publisherPlace("Claremont").publisher("Joshua James Press")
            .issued(PartialDate.ofYear(1848))
            .build();

    /** People's Press Editorial, "Rediscussing …," People's Press (Beijing), December 29, 1956. */
    static final Reference EDITORIAL = Reference.builder(ItemType.ARTICLE_NEWSPAPER)
            .id("peoplespress1956")
            .authors(List.of(Name.literal("People's Press Editorial")))
            .title("Rediscussing the Historical Experience of the Dictatorship of the Proletariat")
            .containerTitle("People's Press").publisherPlace("Beijing")
            .genre("editorial")
            .issued(PartialDate.of(1956, 12, 29))
            .build();

    /** George F. Kennan, "The Sources of Soviet Conduct," Foreign Affairs 25, no. 4 (July 1947): 566-582. */
    static final Reference KENNAN = Reference.builder(ItemType.ARTICLE_MAGAZINE)
            .id("kennan1947")
            .authors(List.of(Name.of("Kennan", "George F.")))
            .title("The Sources of Soviet Conduct")
            .containerTitle("Foreign Affairs")
            .volume("25").issue("4").page("566-582")
            .issued(PartialDate.of(1947, 7, 0))
            .build();

    /** A chapter by two authors in an edited volume. */
    static final Reference CHEN_YANG = Reference.builder(ItemType.CHAPTER)
            .id("chen1998")
            .authors(List.of(Name.of("Chen", "Jian"), Name.of("Yang", "Kuisong")))
            .editors(List.of(Name.of("Westad", "Odd Arne")))
            .title("Chinese Politics and the Collapse of the Sino-Soviet Alliance")
            .containerTitle("Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963")
            .publisherPlace("Stanford").publisher("Stanford University Press")
            .issued(PartialDate.ofYear(1998))
            .build();

    /** A name with a particle, and no id: its key is generated. */
    static final Reference VAN_DER_LINDEN = Reference.builder(ItemType.BOOK)
            .authors(List.of(new Name("Linden", "Marcel", "van der", null, null)))
            .title("Workers of the World: Essays toward a Global Labor History")
            .publisherPlace("Leiden").publisher("Brill")
            .issued(PartialDate.ofYear(2008))
            .build();

    /** A non-ASCII name on a doctoral thesis, and no id. */
    static final Reference LUTHI = Reference.builder(ItemType.THESIS)
            .authors(List.of(Name.of("Lüthi", "Lorenz M.")))
            .title("The Sino-Soviet Split, 1956-1966")
            .genre("PhD diss.").publisher("Yale University")
            .issued(PartialDate.ofYear(2003))
            .build();

    /** A master's thesis whose title has an apostrophe. */
    static final Reference NOVAK = Reference.builder(ItemType.THESIS)
            .id("novak2011")
            .authors(List.of(Name.of("Novák", "Anna")))
            .title("Editorials as Policy: The People's Daily and the Hungarian Crisis of 1956")
            .genre("master's thesis").publisher("Central European University").publisherPlace("Budapest")
            .issued(PartialDate.ofYear(2011))
            .build();

    /** A report by a corporate author, with an ampersand, a percent sign and a dollar sign in its title. */
    static final Reference CIA = Reference.builder(ItemType.REPORT)
            .id("cia1964")
            .authors(List.of(Name.literal("Central Intelligence Agency")))
            .title("Soviet Aid & Trade with China: A 50% Cut in Credits of US$300 Million")
            .genre("Intelligence Report").issue("RSS No. 0005/64")
            .publisher("Directorate of Intelligence").publisherPlace("Washington, DC")
            .issued(PartialDate.of(1964, 3, 0))
            .build();

    /** A conference paper. */
    static final Reference RADCHENKO = Reference.builder(ItemType.PAPER_CONFERENCE)
            .id("radchenko2005")
            .authors(List.of(Name.of("Radchenko", "Sergey")))
            .title("The Sino-Soviet Split in the Light of New Archival Evidence")
            .containerTitle("Proceedings of the Conference on the Cold War in Asia")
            .page("112-130")
            .issued(PartialDate.ofYear(2005))
            .build();

    /** A web page with no author and no date, whose URL has an underscore and percent-escapes. */
    static final Reference WIKIPEDIA = Reference.builder(ItemType.WEBPAGE)
            .id("wikipedia-split")
            .title("Sino-Soviet split")
            .containerTitle("Wikipedia")
            .url("https://en.wikipedia.org/wiki/Sino%E2%80%93Soviet_split")
            .accessed(PartialDate.of(2024, 5, 1))
            .build();

    /** A speech by a man with a suffix. */
    static final Reference KING = Reference.builder(ItemType.SPEECH)
            .id("king1963")
            .authors(List.of(new Name("King", "Martin Luther", null, "Jr.", null)))
            .title("I Have a Dream")
            .genre("speech").eventPlace("Washington, DC")
            .issued(PartialDate.of(1963, 8, 28))
            .build();

    /** An archival document, found through its archive. */
    static final Reference MAO_YUDIN = Reference.builder(ItemType.DOCUMENT)
            .id("mao1958")
            .authors(List.of(Name.of("Mao", "Zedong")))
            .title("Minutes of Conversation between Mao Zedong and Ambassador Yudin")
            .genre("memorandum of conversation")
            .archive("Wilson Center Digital Archive")
            .issued(PartialDate.of(1958, 7, 22))
            .build();

    /** A working draft whose title holds braces, an underscore, a hash, a tilde, a caret and a backslash. */
    static final Reference DRAFT = Reference.builder(ItemType.MANUSCRIPT)
            .id("wu1999")
            .authors(List.of(Name.of("Wu", "Lengxi")))
            .title("Ten Years of Polemics {draft_v2} #3 ~ 1956^1966 \\ Notes")
            .archiveLocation("folder 12")
            .note("unpublished typescript")
            .issued(PartialDate.ofYear(1999))
            .build();

    static final List<Reference> ALL = List.of(SHEN, SHEN_ZH, RUSH, MARX_ENGELS, EDITORIAL, KENNAN, CHEN_YANG,
            VAN_DER_LINDEN, LUTHI, NOVAK, CIA, RADCHENKO, WIKIPEDIA, KING, MAO_YUDIN, DRAFT);

    private Sources() {
    }
}
