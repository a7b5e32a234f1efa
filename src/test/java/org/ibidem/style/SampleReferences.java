package org.ibidem.style;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/** Works cited in real notes on the Sino-Soviet split, one of each kind the styles treat differently. */
final class SampleReferences {

    static final Reference SHEN_BOOK = Reference.builder(ItemType.BOOK)
            .id("shen2016")
            .authors(List.of(Name.of("Shen", "Zhihua")))
            .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
            .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
            .issued(PartialDate.ofYear(2016))
            .build();

    /** "Studies in Comparative Communism 2 no.3/4 (July/October 1969)". */
    static final Reference RUSH_ARTICLE = Reference.builder(ItemType.ARTICLE_JOURNAL)
            .id("rush1969")
            .authors(List.of(Name.of("Rush", "Myron")))
            .title("After Khrushchev: Problems of Succession in the Soviet Union")
            .containerTitle("Studies in Comparative Communism")
            .volume("2").issue("3/4")
            .issued(new PartialDate(1969, 7, 0, 10, null))
            .build();

    /** The same article with one issue and its pages, as the style tests cite it. */
    static final Reference RUSH_ARTICLE_PAGES = Reference.builder(ItemType.ARTICLE_JOURNAL)
            .id("rush1969")
            .authors(List.of(Name.of("Rush", "Myron")))
            .title("After Khrushchev: Problems of Succession in the Soviet Union")
            .containerTitle("Studies in Comparative Communism")
            .volume("2").issue("3").page("51-74")
            .issued(PartialDate.ofYear(1969))
            .build();

    static final Reference PEOPLES_PRESS_EDITORIAL = Reference.builder(ItemType.ARTICLE_NEWSPAPER)
            .id("peoplespress1956")
            .authors(List.of(Name.literal("People's Press Editorial")))
            .title("Rediscussing the Historical Experience of the Dictatorship of the Proletariat")
            .containerTitle("People's Press").publisherPlace("Beijing")
            .issued(PartialDate.of(1956, 12, 29))
            .build();

    static final Reference MAO_SPEECH = Reference.builder(ItemType.SPEECH)
            .id("mao1958")
            .authors(List.of(Name.of("Mao", "Zedong")))
            .title("Speeches At The Second Session Of The Eighth Party Congress")
            .archive("Marxists Internet Archive").eventPlace("Beijing")
            .issued(PartialDate.ofYear(1958))
            .build();

    static final Reference CHEN_YANG_CHAPTER = Reference.builder(ItemType.CHAPTER)
            .id("chenyang1998")
            .authors(List.of(Name.of("Chen", "Jian"), Name.of("Yang", "Kuisong")))
            .title("Chinese Politics and the Collapse of the Sino-Soviet Alliance")
            .containerTitle("Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963")
            .editors(List.of(Name.of("Westad", "Odd Arne")))
            .publisherPlace("Stanford, CA").publisher("Stanford University Press")
            .page("246-294")
            .issued(PartialDate.ofYear(1998))
            .build();

    /** A title that itself contains a quoted title. */
    static final Reference KHRUSHCHEV_SPEECH = Reference.builder(ItemType.DOCUMENT)
            .id("khrushchev1956")
            .authors(List.of(Name.of("Khrushchev", "Nikita")))
            .title("Khrushchev's Secret Speech, \"On the Cult of Personality and Its Consequences,\" Delivered at"
                    + " the Twentieth Party Congress of the Communist Party of the Soviet Union")
            .archive("Wilson Center Digital Archive")
            .issued(PartialDate.of(1956, 2, 25))
            .build();

    /** Deliberately not in alphabetical order, so that sorting shows. */
    static final List<Reference> BIBLIOGRAPHY =
            List.of(SHEN_BOOK, RUSH_ARTICLE, PEOPLES_PRESS_EDITORIAL, MAO_SPEECH, CHEN_YANG_CHAPTER);

    private SampleReferences() {
    }
}
