package org.ibidem.citation.parse;

/**
 * The words that make a citation the authority of the one before it, run on after a comma rather than put in a
 * parenthetical: "Williams, Liverpool Privateers, 471, quoting A General History of Liverpool (1795)", "Moore,
 * Notes, 66, citing Felt, Annals, II, 289". The work cited first is the one the note cites; a later "Ibid."
 * means it, not the work it quotes (as the Bluebook says of "(quoting …)", rule 4.1). "Quoted in" is not such a
 * word: there the second work is the source the writer read.
 *
 * <p>Stateless and thread-safe.
 */
final class QuotingSignals {

    private QuotingSignals() {
    }

    /** Whether the signal before a citation says the citation before it quotes or cites this one. */
    static boolean citesThrough(String prefix) {
        return prefix != null && (prefix.equalsIgnoreCase("quoting") || prefix.equalsIgnoreCase("citing")
                || prefix.equalsIgnoreCase("quoting from"));
    }
}
