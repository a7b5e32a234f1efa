package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** The works an author's name alone may mean: those citable from the note, whatever order they were added in. */
class PoolCitableTest {

    @Test
    void givesTheWorksCitableFromTheNoteInTheOrderAdded() {
        Pool pool = Pool.filing(new Pool.TitleKeys());
        List<Work> all = new ArrayList<>();
        for (int note = 0; note < 40; note++) {
            Work w = work("Work " + note, note);
            pool.add(w);
            all.add(w);
        }
        // During note 40: a new work, then a work a short form introduced at note 12 that a full citation
        // completes now, then a provisional work of note 40 itself.
        Work fresh = work("Fresh", 40);
        pool.add(fresh);
        Work completed = work("Completed", 12);
        completed.completedAt = 40;
        pool.add(completed);
        Work provisional = work("Provisional", 40);
        provisional.provisional = true;
        pool.add(provisional);
        all.addAll(List.of(fresh, completed, provisional));

        assertThat(pool.citableFrom(40)).containsExactlyElementsOf(filtered(all, 40));
        assertThat(pool.citableFrom(40)).endsWith(completed, provisional).doesNotContain(fresh);
        assertThat(pool.citableFrom(Integer.MAX_VALUE)).containsExactlyElementsOf(all);
    }

    @Test
    void staysTheSameListAsThePoolGrows() {
        Pool pool = Pool.filing(new Pool.TitleKeys());
        for (int note = 0; note < 20; note++) {
            pool.add(work("Work " + note, note));
        }
        List<Work> before = pool.citableFrom(20);
        List<Work> copy = List.copyOf(before);
        pool.add(work("Later", 21));

        assertThat(before).containsExactlyElementsOf(copy);
    }

    @Test
    void aPoolOverAListOthersFillFiltersEveryWork() {
        List<Work> works = new ArrayList<>(List.of(work("A", 1), work("B", 5)));
        Pool pool = new Pool(works, new Pool.TitleKeys());

        assertThat(pool.citableFrom(5)).extracting(w -> w.reference.title()).containsExactly("A");
    }

    private static List<Work> filtered(List<Work> works, int beforeNote) {
        return works.stream().filter(w -> w.citableFrom(beforeNote)).toList();
    }

    private static Work work(String title, int note) {
        return new Work(Reference.builder(ItemType.BOOK).title(title).build(), note, "1", "k" + title,
                TitleMatch.Folded.of(title, Names.fold(title)));
    }
}
