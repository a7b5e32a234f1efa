package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * Citation chains beyond the seed, as resolver tables (see {@link ResolverTable}): what an Ibid., a short form or
 * an op. cit. points at, and what is left unresolved and reported.
 */
class ChainResolutionTest {

    @Test
    void resolvesIbidToThePrecedingSource() {
        assertResolvesAsWritten("""
                0@12   | Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
                0@14   | Ibid., 14.
                0@14   | Ibid.
                -      | (New York: Liveright, 2015), 20.
                -      | Ibid.  # ibid-after-unresolved
                """);
    }

    @Test
    void resolvesIbidInsideANoteToTheCitationBeforeIt() {
        assertResolvesAsWritten("""
                0@5          | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
                1@46 0@7 0@9 | Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist World (Princeton, NJ: Princeton University Press, 2008), 46; Gaddis, Cold War, 7; ibid., 9.
                """);
    }

    @Test
    void resolvesShortFormsByAuthorTitleAuthorAloneAndOpCit() {
        assertResolvesAsWritten("""
                0@12   | Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
                1@286  | Zedong Mao, Selected Works of Mao Tse-Tung, vol. 5 (Beijing: People’s Press, 1977), 286.
                0@14   | Beard, 14.
                0@15   | Beard, SPQR, 15.
                1@16   | Mao, op. cit., 16.
                0@20 1@30 | See Beard, SPQR, 20; cf. Mao, Selected Works, vol. 5, 30.
                1@31   | Mao, Selected Works, vol. V, 31.
                """);
    }

    @Test
    void findsShortFormsAmongTheManyWorksOfOneAuthor() {
        // Past eight works, an author's pool is narrowed by title opening and word stems (WorkIndex, Pool) rather
        // than looked through, and must give the answers a look through the whole pool gives: works cited in full
        // after the first short form are filed as they come, three works open alike ("Wool"), and two titles are
        // one letter apart ("Mills", "Hills"), so only an exact match tells them apart.
        assertResolvesAsWritten("""
                0      | Eleanor Marsh, The Wool Trade in Medieval England (London: Longman, 1961), 1.
                1      | Eleanor Marsh, Rivers and Mills of the North (London: Longman, 1963), 2.
                2      | Eleanor Marsh, Wool and Water: Fulling Mills in Yorkshire (York: Borthwick, 1965), 3.
                3      | Eleanor Marsh, Monastic Granges and Their Tenants (Oxford: Clarendon Press, 1966), 4.
                4      | Eleanor Marsh, Salt, Fish, and the Hanse (London: Longman, 1968), 5.
                5      | Eleanor Marsh, The Cloth Towns of East Anglia (Norwich: Boydell, 1970), 6.
                6      | Eleanor Marsh, Markets and Fairs before the Black Death (Oxford: Clarendon Press, 1972), 7.
                7      | Eleanor Marsh, Roads, Bridges, and Carriers (London: Longman, 1974), 8.
                8      | Eleanor Marsh, Merchants of the Staple (Cambridge: Cambridge University Press, 1976), 9.
                9      | Eleanor Marsh, Tithe and Tenure in the Fens (Ely: Fenland Press, 1978), 10.
                10     | Eleanor Marsh, Rivers and Hills of the North (London: Longman, 1979), 11.
                0@11   | Marsh, Wool Trade, 11.
                2@12   | Marsh, Wool and Water, 12.
                8@13   | Marsh, Merchants, 13.
                11     | Eleanor Marsh, Harbours of the Wash (King’s Lynn: Fenland Press, 1980), 14.
                11@15  | Marsh, Harbours, 15.
                6@16   | Marsh, Markets and Fairs, 16.
                1@17   | Marsh, Rivers and Mills, 17.
                12     | Eleanor Marsh, Wool Staplers and Their Ledgers (Cambridge: Cambridge University Press, 1982), 18.
                12@19  | Marsh, Wool Staplers, 19.
                10@21  | Marsh, Rivers and Hills, 21.
                2@20   | Marsh, Wool and Water, 20.
                """);
    }

    @Test
    void resolvesATitleOnlyShortFormOfAnUnsignedArticle() {
        assertResolvesAsWritten("""
                0      | “Rediscussing the Historical Experience of the Dictatorship of the Proletariat,” People’s Press (Beijing), December 29, 1956.
                0@3    | “Rediscussing the Historical Experience,” 3.
                """);
    }

    @Test
    void leavesChainsThatBreakUnresolvedAndSaysWhy() {
        assertResolvesAsWritten("""
                -      | Ibid., 3.  # ibid-without-antecedent
                0      | Odd Arne Westad, The Global Cold War: Third World Interventions and the Making of Our Times (Cambridge: Cambridge University Press, 2005), 66.
                1 0    | Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12; Westad, Global Cold War, 80.
                -      | Ibid., 81.  # ibid-after-multiple
                       | The evidence for this is thin, and the archives remain closed to most researchers.
                -      | Ibid., 82.  # ibid-after-commentary
                """);
    }

    @Test
    void letsAShortFormThatMatchesNothingIntroduceItsWorkSoTheChainGoesOn() {
        // Reported (short-form-unmatched), but the work enters the sources from what the short form says, so
        // the ibid after it resolves instead of cascading into a second error.
        assertResolvesAsWritten("""
                0      | Smith, Unknown Book, 4.  # short-form-unmatched
                0      | Ibid.
                """);
    }

    @Test
    void pointsAForwardShortFormAtTheWorkItsLaterFullCitationGives() {
        assertResolvesAsWritten("""
                0      | Westad, Global Cold War, 73.  # short-form-forward
                0      | Odd Arne Westad, The Global Cold War: Third World Interventions and the Making of Our Times (Cambridge: Cambridge University Press, 2005), 66.
                """);
    }

    @Test
    void resolvesASupraCrossReferenceToTheWorkOfThatNote() {
        assertResolvesAsWritten("""
                0@5    | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
                1@46   | Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist World (Princeton, NJ: Princeton University Press, 2008), 46.
                0@45   | Gaddis, supra note 1, at 45.
                1      | See n. 2 above.
                """);
    }

    @Test
    void tellsTheVolumesOfOneWorkApart() {
        assertResolvesAsWritten("""
                0      | Zedong Mao, Selected Works of Mao Tse-Tung Vol 5 (Beijing: People’s Press, 1977), 286.
                1      | Zedong Mao, Selected Works of Mao Tse-Tung Vol 7 (Beijing: People’s Press, 1999), 326.
                0@322  | Mao, Selected Works of Mao Tse-Tung Vol 5, 322.
                1@330  | Mao, Selected Works of Mao Tse-Tung Vol 7, 330.
                -      | Mao, Selected Works, 340.  # short-form-ambiguous
                -      | Mao, Selected Works of Mao Tse-Tung Vol 6, 12.  # short-form-volume-mismatch
                """);
    }

    @Test
    void resolvesCaseShortFormsByTheirVolumeAndTheLegalIbid() {
        // Two decisions of one case name, told apart by the reporter's volume; "Dennis" names "United States v.
        // Dennis"; "Id. at" is the legal ibid.
        assertResolvesAsWritten("""
                0@495  | Brown v. Board of Education, 347 U.S. 483, 495 (1954).
                1      | Brown v. Board of Education, 349 U.S. 294 (1955).
                2@212  | United States v. Dennis, 183 F.2d 201, 212 (2d Cir. 1950).
                0@494  | Brown, 347 U.S. at 494.
                0@493  | Id. at 493.
                1@300  | Brown, 349 U.S. at 300.
                2@215  | Dennis, 183 F.2d at 215.
                """);
    }

    @Test
    void findsAShortFormByANameTheFullCitationHasThoughNotAsItsFamilyName() {
        // "Wei Hansen" looks like a Chinese name in its own order (family name Wei); the short form says Hansen,
        // and another author is called Hansen: the title, among works whose authors are named Hansen at all, decides.
        assertResolvesAsWritten("""
                0      | Peter Hansen, Another Book (London: Verso, 1990), 3.
                1@12   | Wei Hansen and William Thornworth, The Hidden Treaty: Party and Culture in Poland (Berkeley: University of California Press, 1968), 12.
                1@86   | Hansen and Thornworth, Hidden Treaty, 86.
                2@44   | Chen Jian, Mao's China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), 44.
                2@70   | Chen, Mao's China, 70.
                """);
    }

    @Test
    void givesScriptureAndClassicalReferencesTheirWorkWithoutAnAntecedent() {
        // Each is complete on its own (no error), and the same form again is the same work.
        assertResolvesAsWritten("""
                0             | Gen. 3:16.
                1@2.40.1      | Thucydides, History of the Peloponnesian War 2.40.1.
                0             | John 3:16.
                1@2.41.4      | Thucydides, History of the Peloponnesian War 2.41.4.
                2             | 1 Cor. 13:4–7 (King James Version).
                """);
    }

    // ---- Bugs found while writing these tests: each table is what a reader of Chicago notes expects. ----

    @Test
    void resolvesIbidAfterANoteThatCitesOneWorkTwice() {
        assertResolvesAsWritten("""
                0@5 0@7 | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5; ibid., 7.
                0@9    | Ibid., 9.
                """);
    }

    @Test
    void resolvesAShortFormFollowedByASentenceOfCommentary() {
        assertResolvesAsWritten("""
                0@5    | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
                0@12   | Gaddis, Cold War, 12. The same argument recurs in the conclusion.
                0@14   | Ibid., 14.
                """);
    }

    @Test
    void keepsThePageOfAFullCitationFollowedByASentenceOfCommentary() {
        assertResolvesAsWritten("""
                0@5    | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5. Gaddis develops the point at length in his later chapters.
                0@5    | Ibid.
                """);
    }

    @Test
    void keepsThePageOfAnIbidFollowedByAComment() {
        assertResolvesAsWritten("""
                0@5    | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
                0@12   | Ibid., 12 (emphasis added).
                0@13   | Ibid., 13, quoting Lenin.
                """);
    }

    @Test
    void resolvesAShortFormWhosePageIsFollowedByAComment() {
        assertResolvesAsWritten("""
                0@5    | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
                0@12   | Gaddis, Cold War, 12 (emphasis added).
                0@13   | Gaddis, Cold War, 13, quoting Lenin.
                """);
    }

    @Test
    void readsChicagoPageAndNoteLocators() {
        assertResolvesAsWritten("""
                0@100n4| John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 100n4.
                0@101n7 | Ibid., 101n7.
                0@102n2 | Gaddis, Cold War, 102n2.
                """);
    }

    @Test
    void keepsCommentaryThatOpensWithASignalWordAsCommentary() {
        assertResolvesAsWritten("""
                0@5    | John Lewis Gaddis, The Cold War: A New History (New York: Penguin Press, 2005), 5.
                0@14   | Ibid., 14. Compare the earlier draft.
                """);
    }

    @Test
    void givesIdemTheAuthorOfTheCitationBefore() {
        assertResolvesAsWritten("""
                0@13–15 | Max Weber, The Protestant Ethic and the Spirit of Capitalism, trans. Talcott Parsons (London: Allen & Unwin, 1930), 13–15.
                1@12    | Idem, Economy and Society, ed. Guenther Roth and Claus Wittich (Berkeley: University of California Press, 1978), 12.
                1@14    | Weber, Economy and Society, 14.
                0@20    | Weber, Protestant Ethic, 20.
                """);
    }

    @Test
    void tellsTwoLettersOfOneWriterApartByTheirDates() {
        assertResolvesAsWritten("""
                0 | Mary Smith to John Smith, April 2, 1863, box 4, folder 12, Smith Family Papers, Southern Historical Collection, University of North Carolina, Chapel Hill.
                1 | Mary Smith to John Smith, April 9, 1863, box 4, folder 12, Smith Family Papers.
                0 | Mary Smith to John Smith, April 2, 1863, box 4, folder 12, Smith Family Papers.
                """);
    }

    @Test
    void resolvesAPeerByHisTitleAndABodyByItsAcronym() {
        assertResolvesAsWritten("""
                0@1:45 | Edward Hyde, Earl of Clarendon, The History of the Rebellion and Civil Wars in England, ed. W. Dunn Macray, 6 vols. (Oxford: Clarendon Press, 1888), 1:45.
                0@2:12 | Clarendon, History of the Rebellion, 2:12.
                1@4    | International Atomic Energy Agency, The Chernobyl Accident: Updating of INSAG-1 (Vienna: IAEA, 1992), 4.
                1@5    | IAEA, Chernobyl Accident, 5.
                """);
    }

    @Test
    void findsABodyCitedInFullAfterAShortFormNamedAnUnknownOne() {
        // The first short form names a body no work has: the index of bodies' names and initials is made then,
        // and the bodies cited in full after it must be filed in it as they come.
        assertResolvesAsWritten("""
                0@3    | WMO, Climate Yearbook, 3.  # short-form-unmatched
                1@4    | International Atomic Energy Agency, The Chernobyl Accident: Updating of INSAG-1 (Vienna: IAEA, 1992), 4.
                1@5    | IAEA, Chernobyl Accident, 5.
                2@762  | U.S. Department of State, Documents on Germany, 1944–1985 (Washington, DC: Government Printing Office, 1985), 762.
                2@770  | Department of State, Documents on Germany, 1944–1985, 770.
                """);
    }

    @Test
    void readsADescribedDocumentAfterItsFullCitationAsItsShortForm() {
        assertResolvesAsWritten("""
                0 | Telegram, Kuznetsov to Molotov, 2 October 1950, AVPRF, f. 07, op. 23a, d. 235, l. 4.
                1 | Memorandum of conversation, Dean Rusk and Andrei Gromyko, September 21, 1961, box 3, Conference Files, RG 59, National Archives, College Park, MD.
                0 | Kuznetsov to Molotov, 2 October 1950.
                1 | Memorandum of conversation, Rusk and Gromyko, September 21, 1961.
                2 | Kuznetsov to Molotov, 5 October 1950.
                """);
    }

    @Test
    void resolvesShortFormsThatKeepAParticleOrShortenABodysName() {
        assertResolvesAsWritten("""
                0@143    | Ludwig von Mises, Human Action: A Treatise on Economics (New Haven, CT: Yale University Press, 1949), 143.
                0@150    | Von Mises, Human Action, 150.
                1@762–65 | U.S. Department of State, Documents on Germany, 1944–1985 (Washington, DC: Government Printing Office, 1985), 762–65.
                1@770    | Department of State, Documents on Germany, 1944–1985, 770.
                """);
    }

    @Test
    void resolvesAVolumeOfAWorkCitedAsSeveralVolumesAndLocCitToTheSamePlace() {
        assertResolvesAsWritten("""
                0@-    | David Ricardo, The Works and Correspondence of David Ricardo, ed. Piero Sraffa, vols. 1–3 (Cambridge: Cambridge University Press, 1951).
                0@2:45 | Ricardo, Works and Correspondence, 2:45.
                1@5    | Gerd Gigerenzer et al., The Empire of Chance (Cambridge: Cambridge University Press, 1989), 5.
                1@5    | Gigerenzer et al., loc. cit.
                """);
    }

    @Test
    void resolvesAShortFormThatNamesTheAuthorByAnotherPartOfTheName() {
        assertResolvesAsWritten("""
                0@16 | Ngũgĩ wa Thiong'o, Decolonising the Mind: The Politics of Language in African Literature (London: James Currey, 1986), 16.
                0@20 | Ngũgĩ, Decolonising the Mind, 20.
                1@1  | Gabriel García Márquez, One Hundred Years of Solitude, trans. Gregory Rabassa (New York: Harper & Row, 1970), 1.
                1@2  | García Márquez, One Hundred Years, 2.
                """);
    }
}
