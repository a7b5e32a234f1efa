package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.reference.Name;

/**
 * The works known only from a short form that no full citation has completed yet, filed under each author's
 * surname, under their first title word, and all together, each list in the order the short forms introduced
 * them: where a full citation looks for the work it completes. A completed work leaves every list at once, so
 * the most recent works still waiting are read from a list's end without passing over the completed ones (see
 * {@link WorkIndex#RECENT_WORKS}).
 *
 * <p>Part of {@link WorkIndex}, and used by nothing else. Not thread-safe.
 */
final class ProvisionalWorks {

    private final Map<String, Chain> bySurname = new HashMap<>();
    private final Map<String, Chain> byTitleWord = new HashMap<>();
    private final Chain all = new Chain();
    // Where each waiting work is linked, to unlink it when a full citation completes it.
    private final Map<Work, List<Link>> links = new IdentityHashMap<>();

    /** A work a short form introduced (its title word already set by the index). */
    void add(Work w) {
        List<Link> of = new ArrayList<>(3);
        link(all, w, of);
        for (Name a : w.reference.authors()) {
            link(bySurname.computeIfAbsent(Work.surnameKey(a), k -> new Chain()), w, of);
        }
        if (w.titleWord != null) {
            link(byTitleWord.computeIfAbsent(w.titleWord, k -> new Chain()), w, of);
        }
        links.put(w, of);
    }

    private static void link(Chain chain, Work w, List<Link> of) {
        Link l = chain.add(w);
        if (l != null) {
            of.add(l);
        }
    }

    /** A work a full citation has completed: no longer waiting. */
    void completed(Work w) {
        List<Link> of = links.remove(w);
        if (of != null) {
            for (Link l : of) {
                l.chain.unlink(l);
            }
        }
    }

    /** The last {@code most} works waiting under a surname key, in the order introduced. */
    List<Work> recentBySurname(String surname, int most) {
        Chain c = bySurname.get(surname);
        return c == null ? List.of() : c.recent(most);
    }

    /** The last {@code most} works waiting under a first title word, in the order introduced. */
    List<Work> recentByTitleWord(String word, int most) {
        Chain c = byTitleWord.get(word);
        return c == null ? List.of() : c.recent(most);
    }

    /** The last {@code most} works waiting, in the order introduced. */
    List<Work> recent(int most) {
        return all.recent(most);
    }

    /** One place of a work in a chain. */
    private static final class Link {
        final Work work;
        final Chain chain;
        Link previous;
        Link next;

        Link(Work work, Chain chain) {
            this.work = work;
            this.chain = chain;
        }
    }

    /** A doubly linked list of works, newest last: a completed work is taken out of its middle at no cost. */
    private static final class Chain {
        private Link last;

        /** Links a work at the end, unless it is already last (a work with two authors of one surname); or null. */
        Link add(Work w) {
            if (last != null && last.work == w) {
                return null;
            }
            Link l = new Link(w, this);
            l.previous = last;
            if (last != null) {
                last.next = l;
            }
            last = l;
            return l;
        }

        void unlink(Link l) {
            if (l.previous != null) {
                l.previous.next = l.next;
            }
            if (l.next != null) {
                l.next.previous = l.previous;
            } else {
                last = l.previous;
            }
            l.previous = null;
            l.next = null;
        }

        /** The last {@code most} works, oldest first: steps back from the end, then reads forward. */
        List<Work> recent(int most) {
            if (last == null) {
                return List.of();
            }
            Link first = last;
            int n = 1;
            while (n < most && first.previous != null) {
                first = first.previous;
                n++;
            }
            List<Work> out = new ArrayList<>(n);
            for (Link l = first; l != null; l = l.next) {
                out.add(l.work);
            }
            return out;
        }
    }
}
