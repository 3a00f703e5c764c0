package org.daksetu.cod.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;
import org.junit.jupiter.api.Test;

class CollectionRuleTest {

    static final Instant T = Instant.parse("2026-11-20T06:00:00Z");

    static CodArticle aDeliveredCodArticle(long paise) {
        return new CodArticle("EK000000019IN", "SHP", 1L, Money.ofPaise(paise), Money.ofPaise(5_000), T, Optional.of(T),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void the_booked_amount_in_cash_is_collected() {
        assertThatCode(() -> CollectionRule.check("c", aDeliveredCodArticle(99_900), CollectionMode.CASH, Money.ofPaise(99_900),
                Optional.empty(), false)).doesNotThrowAnyException();
    }

    @Property
    void any_other_amount_is_refused_no_partial_collection(@ForAll @LongRange(min = 1, max = 10_000_000) long booked,
                                                          @ForAll @LongRange(min = 0, max = 10_000_000) long given) {
        if (booked == given) {
            return;
        }
        assertThatThrownBy(() -> CollectionRule.check("c", aDeliveredCodArticle(booked), CollectionMode.CASH, Money.ofPaise(given),
                Optional.empty(), false)).isInstanceOf(InvalidValueException.class).hasMessageContaining("no partial collection");
    }

    @Test
    void a_upi_payment_carries_its_reference() {
        assertThatThrownBy(() -> CollectionRule.check("c", aDeliveredCodArticle(10_000), CollectionMode.UPI, Money.ofPaise(10_000),
                Optional.empty(), false)).isInstanceOf(InvalidValueException.class).hasMessageContaining("reference");
        assertThatCode(() -> CollectionRule.check("c", aDeliveredCodArticle(10_000), CollectionMode.UPI, Money.ofPaise(10_000),
                Optional.of("412345678901"), false)).doesNotThrowAnyException();
    }

    @Test
    void an_article_is_collected_once_and_only_after_delivery() {
        CodArticle collected = new CodArticle("EK000000019IN", "SHP", 1L, Money.ofPaise(100), Money.ZERO, T, Optional.of(T),
                Optional.of(T), Optional.of(LocalDate.of(2026, 11, 20)), Optional.of(Money.ofPaise(100)),
                Optional.of(CollectionMode.CASH), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> CollectionRule.check("c", collected, CollectionMode.CASH, Money.ofPaise(100), Optional.empty(), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("never collected twice");
        CodArticle notDelivered = new CodArticle("EK000000019IN", "SHP", 1L, Money.ofPaise(100), Money.ZERO, T, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> CollectionRule.check("c", notDelivered, CollectionMode.CASH, Money.ofPaise(100), Optional.empty(), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not delivered");
        assertThatCode(() -> CollectionRule.check("c", notDelivered, CollectionMode.CASH, Money.ofPaise(100), Optional.empty(), true))
                .doesNotThrowAnyException();
    }
}
