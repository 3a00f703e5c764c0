package org.daksetu.tracking.infrastructure;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.daksetu.tracking.application.TrackedArticle;

/**
 * Recently touched articles with their whole committed history, so that intake reads only the
 * new scans and public tracking needs no database. Coherent with committed data only:
 * <ul>
 *   <li>an intake puts its articles after its transaction committed ({@link #committed}), each
 *       entry stamped with the intake clock value of that transaction; an older entry never
 *       replaces a newer one;</li>
 *   <li>every intake (on any node) advances one clock row under its row lock, writing its node's
 *       id; an intake here that finds another node was the last writer empties the cache, and one
 *       that finds this node's previous intake not yet reflected waits for it ({@link #usable});</li>
 *   <li>a reader fills a missing entry only if no intake committed here while it read
 *       ({@link #fill});</li>
 *   <li>an intake that reads its histories before it takes the clock ({@link #completeThrough})
 *       learns afterwards which of its articles the intakes committed in between changed
 *       ({@link #changedBetween}), from a short log of this node's commits.</li>
 * </ul>
 * The cache holds at most {@code max} articles; past that, the articles changed longest ago are
 * dropped (a miss only costs a database read).
 */
final class ArticleCache {

    record Entry(TrackedArticle article, long seq) {
    }

    /** How long an intake waits for this node's previous intake's after-commit step. */
    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(30);

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int max;
    final String node = UUID.randomUUID().toString();
    /** The last clock value whose changes are all in the cache; -1 before the first intake here. */
    private long appliedUpTo = -1;
    /** Changes on every commit or clear; readers compare it around their database read. */
    private long generation;
    /** This node's latest commits, oldest first: clock value and the articles it changed. */
    private final java.util.ArrayDeque<Commit> recent = new java.util.ArrayDeque<>();
    /**
     * How many commits the log keeps. An intake reading before the clock needs the commits made
     * while it read and stored its scans: one or two with two workers, one per concurrent intake
     * in general; past the log, it reads all its articles again (correct, only slower).
     */
    static final int RECENT = 16;

    private record Commit(long seq, java.util.Set<String> articles) {
    }

    ArticleCache(int max) {
        this.max = max;
    }

    TrackedArticle get(String article) {
        Entry e = entries.get(article);
        return e == null ? null : e.article();
    }

    synchronized long generation() {
        return generation;
    }

    /** A reader's committed view of an article, kept unless an intake committed since {@code generation}. */
    void fill(String article, TrackedArticle a, long generationBefore) {
        fillAll(Map.of(article, a), generationBefore);
    }

    /** {@link #fill} for many articles at once (newly registered ones, with their empty histories). */
    synchronized void fillAll(Map<String, TrackedArticle> articles, long generationBefore) {
        if (generation == generationBefore && max > 0) {
            articles.forEach((key, a) -> entries.putIfAbsent(key, new Entry(a, appliedUpTo)));
            trim();
        }
    }

    /**
     * Whether the cached histories hold every change committed up to {@code lastSeq}, which the
     * caller read from the clock row it now holds locked, written last by {@code lastWriter}.
     * Another node's write empties the cache; this node's previous intake is waited for (its
     * after-commit step is due at once), at most {@link #WAIT}, else the cache is emptied. The wait is
     * long on purpose: a stop-the-world collection pauses the committing thread too, and a
     * one-second limit emptied the whole cache after every long collection of a big heap.
     */
    synchronized boolean usable(long lastSeq, String lastWriter) throws InterruptedException {
        if (!node.equals(lastWriter)) {
            clear(lastSeq);
            return false;
        }
        if (!awaitApplied(lastSeq)) {
            clear(lastSeq);
            return false;
        }
        return appliedUpTo == lastSeq;
    }

    /** Waits, at most {@link #WAIT}, until this node's commits up to {@code seq} are applied; false if they were not. */
    private boolean awaitApplied(long seq) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (appliedUpTo < seq) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /**
     * Whether the cached histories hold at least every change committed up to {@code seq}, read
     * from the clock row without its lock (last written by {@code writer}): as {@link #usable},
     * but another node's write does not empty the cache (the intake that takes the clock after it
     * does), and a later commit of this node is no reason to refuse.
     */
    synchronized boolean completeThrough(long seq, String writer) throws InterruptedException {
        return max > 0 && node.equals(writer) && awaitApplied(seq);
    }

    /**
     * Of {@code articles}, those that the commits with clock values after {@code from} up to
     * {@code to} changed; null when one of those commits is not in the log (another node's, one
     * past the log's length, or one whose after-commit step was given up on): then any may have.
     * The caller holds the clock row with {@code to} the last value, and {@link #usable} was asked
     * for {@code to}: every commit of this node up to it is logged by then.
     */
    synchronized java.util.Set<String> changedBetween(long from, long to, java.util.Collection<String> articles) {
        java.util.Set<String> changed = new java.util.HashSet<>();
        long expected = from + 1;
        for (Commit c : recent) {
            if (c.seq() <= from || c.seq() > to) {
                continue;
            }
            if (c.seq() != expected) {
                return null;
            }
            expected++;
            for (String a : articles) {
                if (c.articles().contains(a)) {
                    changed.add(a);
                }
            }
        }
        return expected == to + 1 ? changed : null;
    }

    /** After the intake with clock value {@code seq} committed: its articles as they now stand. */
    synchronized void committed(long seq, Map<String, TrackedArticle> changed) {
        recent.addLast(new Commit(seq, new java.util.HashSet<>(changed.keySet())));
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        if (max > 0) {
            for (Map.Entry<String, TrackedArticle> c : changed.entrySet()) {
                entries.merge(c.getKey(), new Entry(c.getValue(), seq), (old, neu) -> old.seq() > neu.seq() ? old : neu);
            }
            trim();
        }
        appliedUpTo = Math.max(appliedUpTo, seq);
        generation++;
        notifyAll();
    }

    /** Another writer changed articles this cache cannot know: forget everything. */
    synchronized void clear(long lastSeq) {
        entries.clear();
        appliedUpTo = lastSeq;
        generation++;
        notifyAll();
    }

    int size() {
        return entries.size();
    }

    boolean holds(String article) {
        return entries.containsKey(article);
    }

    /**
     * Past the maximum, drops about a tenth more than needed (so trimming does not run on every
     * put), the articles changed longest ago first: an article in transit is scanned again within
     * days, a delivered one seldom. The cut-off clock value comes from a sample of the entries.
     */
    private void trim() {
        int size = entries.size();
        int over = size - max;
        if (over <= 0) {
            return;
        }
        int drop = over + max / 10;
        long[] sample = new long[Math.min(size, 2048)];
        int step = Math.max(1, size / sample.length), n = 0, i = 0;
        for (Entry e : entries.values()) {
            if (i++ % step == 0 && n < sample.length) {
                sample[n++] = e.seq();
            }
        }
        Arrays.sort(sample, 0, n);
        long cutoff = sample[Math.min(n - 1, (int) ((long) drop * n / size))];
        int dropped = 0;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && dropped < drop; ) {
            if (it.next().seq() <= cutoff) {
                it.remove();
                dropped++;
            }
        }
        for (Iterator<String> it = entries.keySet().iterator(); it.hasNext() && dropped < drop; dropped++) {
            it.next(); // the sample misjudged: the rest goes as it comes
            it.remove();
        }
    }
}
