package org.daksetu.booking.domain;

import org.daksetu.booking.domain.ShipmentDraft.DimensionsDraft;
import org.daksetu.booking.domain.ShipmentDraft.PaymentDraft;

/** What a shipper asks a price for: the parts of a shipment that decide the charges and the promise. */
public record QuoteDraft(String pickupPoint, String pin, String service, String weightGrams, DimensionsDraft dimensions,
                         PaymentDraft payment, String otpDelivery) {
}
