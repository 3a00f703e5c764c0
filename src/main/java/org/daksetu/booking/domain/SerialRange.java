package org.daksetu.booking.domain;

import java.util.ArrayList;
import java.util.List;
import org.daksetu.shared.ArticleNumber;

/**
 * Consecutive serials of one series in one cycle of it, handed out together. The cycle counts how
 * often the series has started again from its first serial (a number is unique within a cycle).
 */
public record SerialRange(String prefix, int cycle, int first, int last) {

    public SerialRange {
        if (first > last) {
            throw new IllegalArgumentException("an empty serial range " + prefix + " " + first + "-" + last);
        }
    }

    public int size() {
        return last - first + 1;
    }

    public boolean contains(int serial) {
        return serial >= first && serial <= last;
    }

    public ArticleNumber number(int index, String country) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return ArticleNumber.of(prefix, first + index, country);
    }

    /** The first n serials of this range. */
    public SerialRange head(int n) {
        return new SerialRange(prefix, cycle, first, first + n - 1);
    }

    /** What is left after the first n serials, if anything. */
    public java.util.Optional<SerialRange> after(int n) {
        return n >= size() ? java.util.Optional.empty() : java.util.Optional.of(new SerialRange(prefix, cycle, first + n, last));
    }

    public List<ArticleNumber> numbers(String country) {
        List<ArticleNumber> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(number(i, country));
        }
        return out;
    }
}
