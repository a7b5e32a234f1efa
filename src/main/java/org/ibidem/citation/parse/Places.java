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
            "kyoto", "mexico city", "buenos aires", "rio de janeiro", "sao paulo", "claremont",
            // Older and continental places of printing, in the spellings English notes give them.
            "barcelona", "seville", "salamanca", "valladolid", "lyons", "lyon", "rouen", "strasbourg", "strassburg",
            "leipsic", "freiburg", "heidelberg", "gottingen", "tubingen", "jena", "halle", "bonn", "marburg",
            "dresden", "cologne", "koln", "basel", "basle", "bern", "louvain", "leuven", "antwerp", "utrecht",
            "bologna", "padua", "turin", "sheffield", "birmingham", "bristol", "exeter", "york", "hague");
    // A state, province or county written after its city: "Columbus, Ohio", "Dayton, O.", "Toronto, Ont.".
    private static final Set<String> REGIONS = Set.of("o.", "ohio", "ind.", "indiana", "mich.", "michigan", "wis.",
            "wisconsin", "minn.", "minnesota", "tenn.", "tennessee", "ky.", "kentucky", "ga.", "georgia", "ala.",
            "alabama", "miss.", "mississippi", "la.", "louisiana", "tex.", "texas", "mo.", "missouri", "ia.", "iowa",
            "kan.", "kansas", "neb.", "nebraska", "colo.", "colorado", "cal.", "california", "ore.", "oregon",
            "wash.", "me.", "maine", "vt.", "vermont", "n.h.", "r.i.", "del.", "n.c.", "s.c.", "d.c.", "n.y.",
            "n.j.", "pa.", "penn.", "md.", "va.", "virginia", "mass.", "conn.", "ill.", "illinois", "calif.",
            "massachusetts", "connecticut", "pennsylvania", "maryland", "ont.", "ontario", "que.", "quebec",
            "england", "scotland", "ireland", "wales");
    private static final Pattern CITY_STATE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'-]+, (?:[A-Z]{2}|Mass\\.|Conn\\.|Ill\\.|Calif\\.|N\\.Y\\.|N\\.J\\.|Pa\\.|Md\\.|Va\\.)$");

    private Places() {
    }

    public static boolean isPlace(String text) {
        String t = text.strip();
        return CITIES.contains(Names.fold(t)) || PatternChecks.matches(CITY_STATE, t) || cityAndRegion(t);
    }

    /**
     * "Columbus, Ohio", "Dayton, O.": a capitalised city and a state or region; "Berlin, Heidelberg": two
     * places of one publisher.
     */
    private static boolean cityAndRegion(String t) {
        int comma = t.indexOf(',');
        if (comma <= 0 || comma != t.lastIndexOf(',') || !Character.isUpperCase(t.charAt(0)) || t.length() > 40) {
            return false;
        }
        String city = t.substring(0, comma).strip();
        String region = t.substring(comma + 1).strip();
        if (region.isEmpty() || city.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return REGIONS.contains(region.toLowerCase(java.util.Locale.ROOT))
                || CITIES.contains(Names.fold(city)) && CITIES.contains(Names.fold(region));
    }
}
