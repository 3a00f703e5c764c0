package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.daksetu.delivery.application.LastMile;
import org.daksetu.support.IntegrationTest;
import org.daksetu.support.RowUpdates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivery article's status is in no index and its page keeps room (V13): putting it out for
 * delivery and recording the attempt rewrite the row in place (HOT), adding no index entries.
 */
@IntegrationTest
class DeliveryArticleHotUpdateIT {

    @LocalServerPort
    int port;

    @Autowired
    LastMile lastMile;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_last_mile_updates_its_articles_in_place() {
        LastMileFixtures f = new LastMileFixtures(port);
        LastMileFixtures.Shipper shipper = f.aShipper("Hot");
        String article = f.book(shipper, KOCHI, 0, false);
        long office = f.receive(article);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'delivery_article' ORDER BY indexname")
                .query(String.class).list()).noneMatch(d -> d.contains("status"));

        TransactionTemplate tx = new TransactionTemplate(transactions);
        long[] updates = tx.execute(s -> {
            lastMile.startRuns(List.of(new LastMile.RunRequest(office, "B1", null, LastMileFixtures.today(), Instant.now(),
                    List.of(article))));
            return RowUpdates.inThisTransaction(jdbc, "delivery_article");
        });
        RowUpdates.assertAllInPlace(updates, 1);
        updates = tx.execute(s -> {
            lastMile.record(List.of(new LastMile.AttemptRequest(article, "NOT_DELIVERED", "01", null, Instant.now(), null)));
            return RowUpdates.inThisTransaction(jdbc, "delivery_article");
        });
        RowUpdates.assertAllInPlace(updates, 1);
        assertThat(f.article(shipper, article).get("status").asString()).isEqualTo("AT_OFFICE");
    }
}
