package org.ibidem.bench;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.List;

/**
 * The peer in the start-up comparison: the eleven works of the seed essay, typed in by hand as CSL items and
 * formatted as a Chicago bibliography by citeproc-java alone, with nothing of Ibidem on the class path. What
 * {@code ibidem bibliography} costs beyond this is ours (reading and resolving the notes, our style lookup and
 * clean-up); what this costs beyond a hello-world is citeproc-java's.
 *
 * <pre>
 * java -cp benchmarks/target/classes:citeproc-java.jar:…:styles.jar:locales.jar org.ibidem.bench.CiteprocDirect
 * </pre>
 * (benchmarks/cold-start.sh builds that class path from benchmarks/target/lib.) With an argument it prints
 * phase timings to standard error: class loading and style lookup, processor construction, and rendering.
 */
public final class CiteprocDirect {

    private CiteprocDirect() {
    }

    /** Prints the bibliography as text; {@code --phases} adds timings on standard error. */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        boolean phases = args.length > 0 && args[0].equals("--phases");
        String style = "chicago-notes-bibliography";
        boolean supported = CSL.supportsStyle(style);
        long t1 = System.nanoTime();
        CSL csl = new CSL(new ListItemDataProvider(items()), style);
        csl.setOutputFormat("text");
        long t2 = System.nanoTime();
        List<String> ids = List.of("khrushchev1956", "shen2016", "rush1969", "mikoyan1988", "mao1977",
                "peoplespress1956", "marx1848", "wu1999", "peoplespress1956a", "mao1999", "mao1958");
        csl.registerCitationItems(ids);
        Bibliography bibliography = csl.makeBibliography();
        long t3 = System.nanoTime();
        StringBuilder out = new StringBuilder();
        for (String entry : bibliography.getEntries()) {
            out.append(entry.strip()).append('\n');
        }
        System.out.print(out);
        if (phases) {
            System.err.printf("citeproc-java: style lookup %.0f ms (supported: %s), new CSL %.0f ms, "
                            + "first bibliography %.0f ms%n", (t1 - t0) / 1e6, supported, (t2 - t1) / 1e6,
                    (t3 - t2) / 1e6);
        }
    }

    private static CSLItemData[] items() {
        return new CSLItemData[] {
            new CSLItemDataBuilder().id("khrushchev1956").type(CSLType.SPEECH)
                .author(name("Khrushchev", "Nikita"))
                .title("Khrushchev’s Secret Speech, ‘On the Cult of Personality and Its Consequences,’ Delivered at"
                    + " the Twentieth Party Congress of the Communist Party of the Soviet Union")
                .archive("Wilson Center Digital Archive").issued(date(1956, 2, 25)).build(),
            new CSLItemDataBuilder().id("shen2016").type(CSLType.BOOK).author(name("Shen", "Zhihua"))
                .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
                .publisherPlace("Beijing").publisher("Social Sciences Academic Press").issued(date(2016)).build(),
            new CSLItemDataBuilder().id("rush1969").type(CSLType.ARTICLE_JOURNAL).author(name("Rush", "Myron"))
                .title("After Khrushchev: Problems of Succession in the Soviet Union")
                .containerTitle("Studies in Comparative Communism").volume("2").issue("3/4")
                .issued(date(1969, 7)).build(),
            new CSLItemDataBuilder().id("mikoyan1988").type(CSLType.BOOK)
                .author(name("Mikoyan", "Anastas Ivanovich"))
                .title("Memoirs of Anastas Mikoyan: The Path of Struggle").publisherPlace("Chicago")
                .publisher("Sphinx Pr").issued(date(1988)).build(),
            new CSLItemDataBuilder().id("mao1977").type(CSLType.BOOK).author(name("Mao", "Zedong"))
                .title("Selected Works of Mao Tse-Tung").volume("5").publisherPlace("Beijing")
                .publisher("People’s Press").issued(date(1977)).build(),
            new CSLItemDataBuilder().id("peoplespress1956").type(CSLType.ARTICLE_NEWSPAPER)
                .author(new CSLNameBuilder().literal("People’s Press Editorial").build())
                .title("Rediscussing the Historical Experience of the Dictatorship of the Proletariat")
                .containerTitle("People’s Press").publisherPlace("Beijing").issued(date(1956, 12, 29)).build(),
            new CSLItemDataBuilder().id("marx1848").type(CSLType.BOOK)
                .author(name("Marx", "Karl"), name("Engels", "Frederick")).title("Communist Manifesto")
                .publisherPlace("Claremont").publisher("Joshua James Press").issued(date(1848)).build(),
            new CSLItemDataBuilder().id("wu1999").type(CSLType.BOOK).author(name("Wu", "Lengxi"))
                .title("Ten Years Debate: 1956-1966").publisherPlace("Beijing").publisher("Central Document Press")
                .issued(date(1999)).build(),
            new CSLItemDataBuilder().id("peoplespress1956a").type(CSLType.ARTICLE_NEWSPAPER)
                .author(new CSLNameBuilder().literal("People’s Press Editorial").build())
                .title("Reaction to Khrushchev's report").containerTitle("People’s Press")
                .publisherPlace("Beijing").issued(date(1956, 2, 19)).build(),
            new CSLItemDataBuilder().id("mao1999").type(CSLType.BOOK).author(name("Mao", "Zedong"))
                .title("Selected Works of Mao Tse-Tung").volume("7").publisherPlace("Beijing")
                .publisher("People’s Press").issued(date(1999)).build(),
            new CSLItemDataBuilder().id("mao1958").type(CSLType.SPEECH).author(name("Mao", "Zedong"))
                .title("Speeches At The Second Session Of The Eighth Party Congress")
                .publisher("Marxists Internet Archive").publisherPlace("Beijing").issued(date(1958)).build(),
        };
    }

    private static CSLName name(String family, String given) {
        return new CSLNameBuilder().family(family).given(given).build();
    }

    private static CSLDate date(int... parts) {
        return new CSLDateBuilder().dateParts(parts).build();
    }
}
