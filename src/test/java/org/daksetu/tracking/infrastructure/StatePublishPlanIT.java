package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.IntakeReport;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.domain.ArticleNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The states of an intake are written by index look-ups (hash and merge joins off for those two
 * statements): the planner settings of the caller's transaction are as they were afterwards, and
 * the states written are those of the scans, for articles scanned before and for new ones.
 */
@IntegrationTest
class StatePublishPlanIT {

    private static final AtomicLong SERIAL = new AtomicLong(10_000_000L + System.currentTimeMillis() % 40_000_000L);

    @Autowired
    Articles articles;
    @Autowired
    ScanIntake intake;
    @Autowired
    Promises promises;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_callers_planner_settings_survive_an_intake() {
        OffsetDateTime handover = OffsetDateTime.now(RoutingRules.IST_OFFSET).minus(Duration.ofHours(23));
        Pin pin = new Pin(682028);
        DeliveryPromise p = promises.promise("DEL-FC1", pin, handover);
        ArticleNumber scannedBefore = ArticleNumber.of("EP", SERIAL.incrementAndGet(), "IN");
        ArticleNumber fresh = ArticleNumber.of("EP", SERIAL.incrementAndGet(), "IN");
        for (ArticleNumber a : List.of(scannedBefore, fresh)) {
            assertThat(articles.register(new ArticleRegistration(a, "PLAN-SHIPPER", "DEL-FC1", pin, 0, handover, p.itinerary(),
                    p.edd()))).isTrue();
        }
        String origin = p.itinerary().first().from();
        String at = handover.plusHours(1).toString();
        IntakeReport first = intake.accept(List.of(new IncomingScan("plan-" + scannedBefore.value() + "-1", scannedBefore.value(),
                null, "IB", origin, at, null)), "test");
        assertThat(first.accepted()).isEqualTo(1);

        JdbcClient jdbc = JdbcClient.create(dataSource);
        String settings = new TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("SET LOCAL enable_mergejoin = off").update();
            IntakeReport second = intake.accept(List.of(
                    new IncomingScan("plan-" + scannedBefore.value() + "-2", scannedBefore.value(), null, "ID", origin,
                            handover.plusHours(2).toString(), null),
                    new IncomingScan("plan-" + fresh.value() + "-1", fresh.value(), null, "IB", origin, at, null)), "test");
            assertThat(second.accepted()).isEqualTo(2);
            return jdbc.sql("SELECT current_setting('enable_hashjoin') || ' ' || current_setting('enable_mergejoin')")
                    .query(String.class).single();
        });
        assertThat(settings).isEqualTo("on off");
        assertThat(jdbc.sql("SELECT current_setting('enable_hashjoin')").query(String.class).single()).isEqualTo("on");

        assertThat(jdbc.sql("SELECT article || ' ' || status || ' ' || last_code || ' ' || events FROM tracking_state "
                        + "WHERE article IN (:a, :b) ORDER BY article")
                .param("a", scannedBefore.value()).param("b", fresh.value()).query(String.class).list())
                .containsExactly(scannedBefore.value() + " IN_TRANSIT ID 2", fresh.value() + " BOOKED IB 1");
    }
}
