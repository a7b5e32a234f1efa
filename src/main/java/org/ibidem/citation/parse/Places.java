package org.ibidem.citation.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.citation.Names;

/**
 * Whether a name is a place of publication. Notes without parentheses ("London, 1873"; "SAGE, 1991") give a place
 * or a publisher before the year with nothing to tell them apart but the name itself, so the common places of
 * publication are listed, and "City, ST" with a US state or Canadian province abbreviation counts too.
 *
 * <p>Stateless and thread-safe.
 */
public final class Places {

    private static final Set<String> CITIES = Set.of("london", "new york", "paris", "boston", "chicago", "oxford",
            "cambridge", "philadelphia", "berlin", "leipzig", "edinburgh", "washington", "princeton", "new haven",
            "baltimore", "toronto", "montreal", "beijing", "shanghai", "tokyo", "moscow", "vienna", "rome", "milan",
            "madrid", "amsterdam", "leiden", "the hague", "brussels", "geneva", "zurich", "munich", "frankfurt",
            "stuttgart", "hamburg", "glasgow", "dublin", "manchester", "liverpool", "sydney", "melbourne",
            "berkeley", "los angeles", "san francisco", "stanford", "ithaca", "ann arbor", "durham", "chapel hill",
            "austin", "seattle", "minneapolis", "madison", "bloomington", "urbana", "lincoln", "norman", "lanham",
            "thousand oaks", "hoboken", "new brunswick", "cleveland", "columbus", "pittsburgh", "st. louis",
            "new orleans", "charleston", "richmond", "nashville", "atlanta", "hartford", "providence", "albany",
            "st. petersburg", "petrograd", "leningrad", "florence", "venice", "naples", "lisbon", "stockholm",
            "copenhagen", "oslo", "helsinki", "warsaw", "prague", "budapest", "athens", "istanbul", "cairo", "delhi",
            "new delhi", "bombay", "mumbai", "calcutta", "kolkata", "hong kong", "singapore", "taipei", "seoul",
            "kyoto", "mexico city", "buenos aires", "rio de janeiro", "sao paulo", "claremont");
    private static final Pattern CITY_STATE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'-]+, (?:[A-Z]{2}|Mass\\.|Conn\\.|Ill\\.|Calif\\.|N\\.Y\\.|N\\.J\\.|Pa\\.|Md\\.|Va\\.)$");

    private Places() {
    }

    public static boolean isPlace(String text) {
        String t = text.strip();
        return CITIES.contains(Names.fold(t)) || PatternChecks.matches(CITY_STATE, t);
    }
}
