package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;
import static org.daksetu.delivery.api.LastMileFixtures.cash;
import static org.daksetu.delivery.api.LastMileFixtures.delivered;
import static org.daksetu.delivery.api.LastMileFixtures.today;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.daksetu.cod.application.RemittanceBatch;
import org.daksetu.cod.application.Remittances;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A remittance run made with a business time of its caller's records that time, not the clock's:
 * the simulator runs a day's remittances while its clock already shows the next morning.
 */
@IntegrationTest
class RemittanceRunTimeIT {

    @LocalServerPort
    int port;

    @Autowired
    Remittances remittances;

    @Test
    void a_run_with_its_own_business_time_records_that_time() {
        LastMileFixtures f = new LastMileFixtures(port);
        var shipper = f.aShipper("RunAt");
        String article = f.book(shipper, KOCHI, 45_000, false);
        long office = f.receive(article);
        f.startRun(office, today(), article);
        Http.Response ok = f.attempt(delivered(article, null, cash(45_000)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);

        Instant at = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        RemittanceBatch batch = remittances.runCycle(today().plusDays(7), at).stream()
                .filter(b -> b.shipper().equals(shipper.code())).findFirst().orElseThrow();
        assertThat(batch.createdAt()).isEqualTo(at);
        assertThat(batch.grossPaise()).isEqualTo(45_000);
        assertThat(f.codArticle(article).get("stage").asString()).isEqualTo("REMITTED");
    }
}
