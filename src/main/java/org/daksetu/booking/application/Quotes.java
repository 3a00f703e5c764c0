package org.daksetu.booking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.daksetu.booking.domain.BookingRules;
import org.daksetu.booking.domain.Charges;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.Pricing;
import org.daksetu.booking.domain.QuoteDraft;
import org.daksetu.network.application.DeliveryPromises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** Prices and promises a parcel without booking it: the same rules, tariff and routing as a booking made now. */
@Service
public class Quotes {

    public record Quote(Charges charges, DeliveryPromise promise, LocalDate pricedOn) {
    }

    private final ShipmentBooking booking;
    private final DeliveryPromises promises;
    private final Tariffs tariffs;
    private final Clock clock;

    public Quotes(ShipmentBooking booking, DeliveryPromises promises, Tariffs tariffs, Clock clock) {
        this.booking = booking;
        this.promises = promises;
        this.tariffs = tariffs;
        this.clock = clock;
    }

    public Quote quote(String shipper, QuoteDraft draft) {
        OffsetDateTime now = IndianTime.now(clock);
        BookingRules.Quotable q = BookingRules.checkQuote(draft, booking.context(shipper, now.toLocalDate()));
        DeliveryPromise promise;
        try {
            promise = promises.promise(q.pickupPoint().code(), q.destination().pin(), now);
        } catch (InvalidValueException e) {
            throw e.at(field(e.field()));
        } catch (NotFoundException e) {
            throw new NotFoundException(field(e.field()), e.value(), e.getMessage());
        }
        Charges charges = Pricing.price(tariffs.inForceOn(now.toLocalDate()), q.service(), promise.zone(), q.parcel(),
                q.payment(), q.otpDelivery());
        return new Quote(charges, promise, now.toLocalDate());
    }

    private static String field(String routingField) {
        String f = ShipmentBooking.promiseField(routingField);
        return f.equals("consignee.pin") ? "pin" : f;
    }
}
