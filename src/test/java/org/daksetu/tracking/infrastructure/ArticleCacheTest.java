package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.daksetu.tracking.application.TrackedArticle;
import org.junit.jupiter.api.Test;

/** Past its maximum the cache keeps the articles changed last: those in transit, not those long delivered. */
class ArticleCacheTest {

    private static Map<String, TrackedArticle> articles(int from, int to) {
        Map<String, TrackedArticle> out = new HashMap<>();
        IntStream.range(from, to).forEach(i -> out.put("A" + i, null)); // the entries' contents do not matter here
        return out;
    }

    @Test
    void the_articles_changed_longest_ago_are_dropped_first() {
        ArticleCache cache = new ArticleCache(10_000);
        for (int intake = 1; intake <= 10; intake++) { // ten intakes of 1,000 articles each fill it
            cache.committed(intake, articles((intake - 1) * 1_000, intake * 1_000));
        }
        cache.committed(11, articles(10_000, 11_000)); // one more: over the maximum
        assertThat(cache.size()).isBetween(8_000, 10_000);
        assertThat(IntStream.range(10_000, 11_000).allMatch(i -> cache.holds("A" + i))).as("the newest intake").isTrue();
        assertThat(IntStream.range(9_000, 10_000).allMatch(i -> cache.holds("A" + i))).as("the one before").isTrue();
        assertThat(IntStream.range(0, 1_000).noneMatch(i -> cache.holds("A" + i))).as("the oldest intake").isTrue();
    }

    @Test
    void an_article_changed_again_counts_as_recent() {
        ArticleCache cache = new ArticleCache(1_000);
        cache.committed(1, articles(0, 500));
        cache.committed(2, articles(500, 1_000));
        cache.committed(3, articles(0, 100)); // the first hundred are scanned again
        cache.committed(4, articles(1_000, 1_200));
        assertThat(IntStream.range(0, 100).allMatch(i -> cache.holds("A" + i))).isTrue();
        assertThat(IntStream.range(1_000, 1_200).allMatch(i -> cache.holds("A" + i))).isTrue();
        assertThat(cache.size()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void the_commits_since_a_clock_value_name_the_articles_they_changed() {
        ArticleCache cache = new ArticleCache(1_000);
        cache.committed(1, articles(0, 10));
        cache.committed(2, articles(5, 15));
        cache.committed(3, articles(20, 30));
        var mine = java.util.List.of("A3", "A12", "A25", "A40");
        assertThat(cache.changedBetween(1, 3, mine)).containsExactlyInAnyOrder("A12", "A25");
        assertThat(cache.changedBetween(2, 3, mine)).containsExactly("A25");
        assertThat(cache.changedBetween(3, 3, mine)).as("nothing committed since").isEmpty();
        assertThat(cache.changedBetween(0, 3, mine)).containsExactlyInAnyOrder("A3", "A12", "A25");
    }

    @Test
    void a_commit_the_log_does_not_hold_means_any_article_may_have_changed() {
        ArticleCache cache = new ArticleCache(1_000);
        cache.committed(1, articles(0, 10));
        cache.committed(3, articles(20, 30)); // 2 was another node's
        assertThat(cache.changedBetween(1, 3, java.util.List.of("A40"))).isNull();
        assertThat(cache.changedBetween(0, 1, java.util.List.of("A4"))).containsExactly("A4");
        for (int seq = 4; seq < 4 + ArticleCache.RECENT; seq++) {
            cache.committed(seq, articles(0, 1));
        }
        assertThat(cache.changedBetween(2, 4, java.util.List.of("A0"))).as("older than the log").isNull();
        assertThat(cache.changedBetween(4 + ArticleCache.RECENT - 3, 4 + ArticleCache.RECENT - 1, java.util.List.of("A0", "A1")))
                .containsExactly("A0");
    }

    @Test
    void an_intake_reading_before_the_clock_uses_the_cache_only_when_it_holds_this_nodes_commits() throws Exception {
        ArticleCache cache = new ArticleCache(1_000);
        cache.committed(1, articles(0, 10));
        assertThat(cache.completeThrough(1, cache.node)).isTrue();
        assertThat(cache.completeThrough(0, cache.node)).as("newer than asked is fine").isTrue();
        assertThat(cache.completeThrough(1, "another-node")).isFalse();
        assertThat(cache.holds("A1")).as("another node's clock value does not empty the cache before the clock").isTrue();
        assertThat(new ArticleCache(0).completeThrough(-1, "x")).as("no cache").isFalse();
    }
}
