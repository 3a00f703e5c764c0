package org.daksetu.booking.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.daksetu.booking.application.ArticleNumbers;
import org.daksetu.booking.application.IdempotentRequests;
import org.daksetu.booking.application.Tariffs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On start: writes the configured S10 series to the database and stores the tariff sheets the
 * application carries (src/main/resources/tariffs) that it does not have yet. Then, every minute,
 * picks up tariff versions other nodes added, and every ten minutes forgets idempotency records
 * older than a day.
 */
@Component
@Order(20)
class BookingStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BookingStartup.class);

    private final ArticleNumbers articleNumbers;
    private final Tariffs tariffs;
    private final IdempotentRequests idempotentRequests;

    BookingStartup(ArticleNumbers articleNumbers, Tariffs tariffs, IdempotentRequests idempotentRequests) {
        this.articleNumbers = articleNumbers;
        this.tariffs = tariffs;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    public void run(ApplicationArguments args) {
        articleNumbers.syncSeries();
        tariffs.loadBundled(bundledSheets());
    }

    static Map<String, String> bundledSheets() {
        Map<String, String> sheets = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:tariffs/*.csv")) {
                try (InputStream in = r.getInputStream()) {
                    sheets.put(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled tariff sheets", e);
        }
        return sheets;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void refreshTariffs() {
        tariffs.refreshIfChanged();
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 600_000)
    void purgeIdempotencyRecords() {
        int purged = idempotentRequests.purgeExpired();
        if (purged > 0) {
            log.info("Forgot {} idempotency records older than {}", purged, IdempotentRequests.KEPT);
        }
    }
}
