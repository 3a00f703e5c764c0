package org.daksetu.booking.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Money;
import org.daksetu.shared.Pin;

/**
 * What the last mile needs of a shipment when it reaches its delivery office: its status, shipper,
 * consignee PIN, COD amount and fee, OTP choice, EDD and booking time; read without the addresses,
 * charges and itinerary of a whole {@link org.daksetu.booking.domain.Shipment}. The values are the
 * shipment's own: {@code codAmount} is {@code order().payment().codAmount()}, {@code cod} is
 * {@code order().payment().isCod()}, {@code codFee} is {@code charges().codFee()}, {@code edd} is
 * {@code promise().edd()}.
 */
public record ShipmentForDelivery(ArticleNumber articleNumber, String shipper, ShipmentStatus status, String pickupPoint,
                                  Pin pin, boolean cod, Money codAmount, Money codFee, boolean otpDelivery, LocalDate edd,
                                  OffsetDateTime bookedAt) {
}
