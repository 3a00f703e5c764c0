package org.daksetu.simulation.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.daksetu.simulation.domain.Journey;
import org.daksetu.simulation.domain.SimScan;

/**
 * The scans still to come, filed by the (IST) day they happen on, in primitive arrays: about 30
 * bytes a scan, so the parcels in flight fit in memory at national volumes while nothing of a day
 * already simulated is kept. Article numbers are packed into a long, places into an index.
 */
final class ScanAgenda {

    static final String[] CODES = {"IB", "ID", "IR", "BD", "N", "D", "RN"};

    private final TreeMap<Long, Bucket> days = new TreeMap<>();
    private final List<String> places = new ArrayList<>();
    private final Map<String, Integer> placeIndex = new HashMap<>();
    private long pending;

    /** Files a parcel's scans; those after {@code lastDay} are not simulated: returns how many of those there were. */
    int add(String article, List<SimScan> scans, long lastDay) {
        long packed = pack(article);
        int dropped = 0;
        for (SimScan s : scans) {
            long day = Journey.istDay(s.at());
            if (day > lastDay) {
                dropped++;
                continue;
            }
            days.computeIfAbsent(day, d -> new Bucket()).add(packed, place(s.place()), s.at(), code(s.code()),
                    s.reason() == null ? 0 : Byte.parseByte(s.reason()), s.seq());
            pending++;
        }
        return dropped;
    }

    long pending() {
        return pending;
    }

    /** Takes the scans of a day out of the agenda, grouped by article (one history load per article and batch). */
    Day take(long day) {
        Bucket b = days.remove(day);
        if (b == null) {
            return new Day(this, new Bucket(), new int[0]);
        }
        pending -= b.size;
        Integer[] order = new Integer[b.size];
        for (int i = 0; i < b.size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Long.compare(b.article[x], b.article[y]);
            return c != 0 ? c : Long.compare(b.at[x], b.at[y]);
        });
        int[] sorted = new int[b.size];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = order[i];
        }
        return new Day(this, b, sorted);
    }

    private int place(String place) {
        return placeIndex.computeIfAbsent(place, p -> {
            places.add(p);
            return places.size() - 1;
        });
    }

    private static byte code(String code) {
        for (byte i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the simulator does not make " + code + " scans");
    }

    /** "EA123456789IN" as (letters, 9 digits) in one long; every number the platform allocates ends in IN. */
    static long pack(String article) {
        if (article.length() != 13 || !article.endsWith("IN")) {
            throw new IllegalArgumentException("not an Indian S10 number: " + article);
        }
        long letters = (article.charAt(0) - 'A') * 26L + (article.charAt(1) - 'A');
        return letters * 1_000_000_000L + Long.parseLong(article.substring(2, 11));
    }

    static String unpack(long packed) {
        int letters = (int) (packed / 1_000_000_000L);
        long digits = packed % 1_000_000_000L;
        char[] out = new char[13];
        out[0] = (char) ('A' + letters / 26);
        out[1] = (char) ('A' + letters % 26);
        zeroPadded(digits, out, 2, 9);
        out[11] = 'I';
        out[12] = 'N';
        return new String(out);
    }

    /** {@code value} in {@code width} decimal digits, zero-padded, at {@code from}: String.format's "%0Nd" without its parser (a scan's article and id are built for each of tens of millions of scans). */
    static void zeroPadded(long value, char[] into, int from, int width) {
        for (int i = from + width - 1; i >= from; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** As String.format("%0{width}d", value): wider values keep all their digits. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static final String[] REASONS = java.util.stream.IntStream.range(0, 100).mapToObj(r -> zeroPadded(r, 2))
            .toArray(String[]::new);

    /** One day's scans in article order. */
    record Day(ScanAgenda agenda, Bucket bucket, int[] order) {
        int size() {
            return order.length;
        }

        String article(int i) {
            return unpack(bucket.article[order[i]]);
        }

        String place(int i) {
            return agenda.places.get(bucket.place[order[i]]);
        }

        long at(int i) {
            return bucket.at[order[i]];
        }

        String code(int i) {
            return CODES[bucket.code[order[i]]];
        }

        String reason(int i) {
            byte r = bucket.reason[order[i]];
            return r == 0 ? null : REASONS[r];
        }

        int seq(int i) {
            return bucket.seq[order[i]];
        }
    }

    static final class Bucket {
        long[] article = new long[1024];
        int[] place = new int[1024];
        long[] at = new long[1024];
        byte[] code = new byte[1024];
        byte[] reason = new byte[1024];
        byte[] seq = new byte[1024];
        int size;

        void add(long a, int p, long t, byte c, byte r, int s) {
            if (size == article.length) {
                int n = size * 2;
                article = Arrays.copyOf(article, n);
                place = Arrays.copyOf(place, n);
                at = Arrays.copyOf(at, n);
                code = Arrays.copyOf(code, n);
                reason = Arrays.copyOf(reason, n);
                seq = Arrays.copyOf(seq, n);
            }
            article[size] = a;
            place[size] = p;
            at[size] = t;
            code[size] = c;
            reason[size] = r;
            seq[size] = (byte) s;
            size++;
        }
    }
}
