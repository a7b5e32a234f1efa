package org.ibidem.citation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.citation.parse.PatternChecks;

/**
 * Chinese, Korean and Vietnamese names written in their own order, family name first: "Chen Jian", "Mao Zedong",
 * "Kim Il-sung", "Ngo Dinh Diem" (CMOS 8.14–8.17): the family name is the first word, not the last. The same
 * people are also often written in Western order ("Jian Chen", "Zhihua Shen"), which a note must be trusted to
 * mean too.
 *
 * <p>A name is read family name first only when its shape leaves little doubt: two or three words; the first a
 * common romanized Chinese, Korean or Vietnamese family name; every other word a given name of one or two
 * romanized syllables (or syllables joined by hyphens, "Il-sung"), and not itself such a family name. Family names
 * that are also common Western given names ("Kim", "Lee") count only before a hyphenated given name ("Kim
 * Jong-il", but "Kim Novak" is Novak). A name both of whose words are such family names stays in Western order
 * ("Jung Chang", "Wang Li"), and a list of names as written can turn the guess off ({@link NameOrder}). Romanized
 * syllables are an initial, vowels and at most a closing "n", "ng", "nh", "m", "k", "l", "p" or "h" ("Shih",
 * "Il-sung", "Dinh"; not "Child" or "Harvey"); a given name of two syllables in one word must be pinyin ("Zhihua",
 * "Yafeng"; not "Weber" or "Dunham").
 *
 * <p>Stateless and thread-safe.
 */
final class EastAsianNames {

    // Common family names: Chinese (pinyin and Wade-Giles spellings), Korean and Vietnamese. Words that are also
    // English words or Western given names too often to tell ("Long", "Song", "Young", "Le") are left out.
    private static final Set<String> FAMILY_NAMES = Set.of(
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
            "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao",
            "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei",
            "Su", "Lü", "Lu", "Ding", "Ren", "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Liao", "Shi", "Jin",
            "Jia", "Xia", "Fu", "Fang", "Zou", "Xiong", "Bai", "Meng", "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan",
            "Duan", "Lei", "Mao", "Kong", "Qian", "Wen", "Niu", "Lai", "Gu", "Hao", "Kang", "Mo", "Dai", "Chiang",
            "Chou", "Chu", "Hsu", "Hsieh", "Kuo", "Teng", "Tsai", "Tseng", "Tsao", "Chao", "Chow", "Wong", "Chang",
            "Kao", "Sung", "Hsiao", "Tung", "Yeh", "Ting", "Yen", "Kung", "Hsueh", "Han",
            "Park", "Pak", "Choi", "Jung", "Chung", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon",
            "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Baek", "Nam", "Noh", "Roh", "Rhee",
            "Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong", "Ho");
    // Family names that are also Western given names: family first only before a hyphenated given name.
    private static final Set<String> ALSO_WESTERN_GIVEN = Set.of("Kim", "Lee");
    // A given name written as one word is one or two pinyin syllables: an initial, then one of pinyin's finals
    // ("Zhihua", "Xiaoping", "Enlai"; "er" stands alone). English words rarely are ("Dunham", "Penton", "Weber":
    // "-ham", "-ton" and "-ber" are not pinyin).
    private static final Pattern PINYIN = Pattern.compile("(?:er|(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue"
            + "|üe|a|o|e|i|u|ü)){1,2}");
    // One syllable in the looser shape of Korean, Wade-Giles and Vietnamese romanization, for the parts of a
    // hyphenated given name ("Il-sung", "Tse-tung", "Chung-hee") and the words of a three-word name ("Dinh Diem").
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|ts|hs|ng|ph|th|tr|[bcdfghjklmnpqrstvwxyz])?[yw]?[aeiouü]{1,3}(?:ng|nh|n|m|k|l|p|h)?");

    private EastAsianNames() {
    }

    /** Whether the words of a name (in the order written, titles and suffixes removed) put the family name first. */
    static boolean familyNameFirst(List<String> words) {
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        String family = words.get(0);
        boolean ambiguous = ALSO_WESTERN_GIVEN.contains(family);
        if (!ambiguous && !FAMILY_NAMES.contains(family)) {
            return false;
        }
        boolean oneGivenName = words.size() == 2;
        for (String given : words.subList(1, words.size())) {
            if (FAMILY_NAMES.contains(given) || ALSO_WESTERN_GIVEN.contains(given)
                    || !isRomanizedGivenName(given, oneGivenName) || ambiguous && given.indexOf('-') < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalized given name: one or two pinyin syllables, or one romanized syllable, when it is the only given
     * word and has no hyphen ("Zhihua", "Shih"); otherwise each hyphenated part ("Il-sung") or word of a three-word
     * name ("Dinh") one romanized syllable.
     */
    private static boolean isRomanizedGivenName(String word, boolean onlyGivenWord) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (onlyGivenWord && lower.indexOf('-') < 0) {
            // Two syllables must be pinyin; one may be spelt the older way too ("Hu Shih").
            return PatternChecks.matches(PINYIN, lower) || PatternChecks.matches(SYLLABLE, lower);
        }
        for (String part : lower.split("-", -1)) {
            if (part.isEmpty() || !PatternChecks.matches(SYLLABLE, part)) {
                return false;
            }
        }
        return true;
    }
}
