package kz.kepil.reimbursement.application;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Rows read a page at a time, each page the rows after the last one of the page before (by key, never by
 * offset): a report of hundreds of thousands of rows holds one page in memory while it is written.
 */
final class KeysetPages<T> implements Iterable<T> {

    private final Function<T, List<T>> after;
    private final int pageSize;

    /** {@code after} gives the page that follows a row (the first page for null), at most {@code pageSize} rows. */
    KeysetPages(Function<T, List<T>> after, int pageSize) {
        this.after = after;
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private List<T> page = after.apply(null);
            private int next;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (page.size() < pageSize) {
                    return false;
                }
                page = after.apply(page.get(page.size() - 1));
                next = 0;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }
}
