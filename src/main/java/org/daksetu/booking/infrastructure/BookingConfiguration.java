package org.daksetu.booking.infrastructure;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.daksetu.booking.application.ArticleNumberSettings;
import org.daksetu.booking.domain.ArticleSeries;
import org.daksetu.booking.domain.Service;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Booking's settings, each a {@code daksetu.booking.*} property (docs/CONFIGURATION.md). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingConfiguration {

    @Bean
    ArticleNumberSettings articleNumberSettings(
            @Value("${daksetu.booking.article-numbers.country:IN}") String country,
            @Value("${daksetu.booking.article-numbers.block-size:1000}") int blockSize,
            @Value("${daksetu.booking.article-numbers.block-lifetime:1h}") Duration blockLifetime,
            @Value("${daksetu.booking.article-numbers.reuse-after-months:12}") int reuseAfterMonths,
            @Value("${daksetu.booking.article-numbers.reservation-validity:90d}") Duration reservationValidity,
            @Value("${daksetu.booking.article-numbers.speed-post-parcel:EK,EL}") List<String> speedPost,
            @Value("${daksetu.booking.article-numbers.business-parcel:HK,HL}") List<String> businessParcel) {
        if (reuseAfterMonths < 12) {
            throw new IllegalStateException("daksetu.booking.article-numbers.reuse-after-months is " + reuseAfterMonths
                    + ": UPU S10 numbers must not be reused within 12 months");
        }
        if (blockSize < 1 || blockSize > 100_000) {
            throw new IllegalStateException("daksetu.booking.article-numbers.block-size is 1 to 100000, not " + blockSize);
        }
        List<ArticleSeries> series = new ArrayList<>();
        speedPost.forEach(s -> series.add(ArticleSeries.parse(Service.SPEED_POST_PARCEL, s)));
        businessParcel.forEach(s -> series.add(ArticleSeries.parse(Service.BUSINESS_PARCEL, s)));
        if (series.stream().map(ArticleSeries::prefix).distinct().count() != series.size()) {
            throw new IllegalStateException("an S10 service indicator is configured twice: " + series);
        }
        return new ArticleNumberSettings(country, blockSize, blockLifetime, Period.ofMonths(reuseAfterMonths),
                reservationValidity, series);
    }
}
