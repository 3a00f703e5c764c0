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
}
