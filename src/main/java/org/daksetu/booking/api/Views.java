package org.daksetu.booking.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.daksetu.booking.application.BookingResult;
import org.daksetu.booking.application.Page;
import org.daksetu.booking.domain.Charges;
import org.daksetu.booking.domain.Consignee;
import org.daksetu.booking.domain.Manifest;
import org.daksetu.booking.domain.ManifestLine;
import org.daksetu.booking.domain.Pickup;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.shared.InvalidValueException;

/** The JSON the booking API answers with. Amounts are in paise, weights in grams, lengths in cm. */
final class Views {

    private Views() {
    }

    record ErrorView(String field, String value, String message) {
        static ErrorView of(InvalidValueException e) {
            return new ErrorView(e.field(), e.value(), e.rule());
        }
    }

    record ConsigneeView(String name, String phone, String addressLine1, String addressLine2, String city, String pin) {
        static ConsigneeView of(Consignee c) {
            return new ConsigneeView(c.name(), c.phone().digits(), c.addressLine1(), c.addressLine2().orElse(null), c.city(),
                    c.pin().toString());
        }
    }

    record DimensionsView(int lengthCm, int breadthCm, int heightCm) {
    }

    record PaymentView(String mode, long codAmountPaise) {
    }

    record ChargesView(String tariffVersion, String zone, int actualWeightGrams, int volumetricWeightGrams,
                       int chargeableWeightGrams, long freightPaise, long codFeePaise, long otpFeePaise, long taxablePaise,
                       int gstBasisPoints, long gstPaise, long totalPaise) {
        static ChargesView of(Charges c) {
            return new ChargesView(c.tariffVersion(), c.zone().name(), c.actualWeight().grams(), c.volumetricWeight().grams(),
                    c.chargeableWeight().grams(), c.freight().paise(), c.codFee().paise(), c.otpFee().paise(),
                    c.taxable().paise(), c.gstBasisPoints(), c.gst().paise(), c.total().paise());
        }
    }

    record LegView(String kind, String from, String to, String laneId, String mode, OffsetDateTime plannedDeparture,
                   OffsetDateTime plannedArrival) {
        static LegView of(Leg l) {
            return new LegView(l.kind().name(), l.from(), l.to(), l.laneId().orElse(null), l.mode().name(), l.plannedDeparture(),
                    l.plannedArrival());
        }
    }

    record PromiseView(OffsetDateTime handoverAt, LocalDate edd, int transitDays, String zone, double distanceKm,
                       String destinationHub, String deliveryOfficeId, List<LegView> itinerary) {
        static PromiseView of(DeliveryPromise p) {
            return new PromiseView(p.handoverAt(), p.edd(), p.transitDays(), p.zone().name(), p.distanceKm(), p.destinationHub(),
                    Long.toString(p.deliveryOfficeId()), p.itinerary().legs().stream().map(LegView::of).toList());
        }
    }

    record Links(String self, String label, String labelZpl) {
        static Links of(Shipment s) {
            String self = "/api/v1/shipments/" + s.articleNumber();
            return new Links(self, self + "/label", self + "/label?format=zpl");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ShipmentView(String articleNumber, String orderReference, String status, String service, String pickupPoint,
                        ConsigneeView consignee, int weightGrams, DimensionsView dimensions, long declaredValuePaise,
                        PaymentView payment, boolean otpDelivery, ChargesView charges, PromiseView promise,
                        OffsetDateTime bookedAt, Long pickupId, OffsetDateTime pickedUpAt, OffsetDateTime cancelledAt,
                        String cancelReason, Links links) {
        static ShipmentView of(Shipment s) {
            var o = s.order();
            var d = o.parcel().dimensions();
            return new ShipmentView(s.articleNumber().value(), o.orderReference(), s.status().name(), o.service().name(),
                    o.pickupPoint(), ConsigneeView.of(o.consignee()), o.parcel().weight().grams(),
                    new DimensionsView(d.lengthCm(), d.breadthCm(), d.heightCm()), o.parcel().declaredValue().paise(),
                    new PaymentView(o.payment().mode().name(), o.payment().codAmount().paise()), o.otpDelivery(),
                    ChargesView.of(s.charges()), PromiseView.of(s.promise()), s.bookedAt(), s.pickupId().orElse(null),
                    s.pickedUpAt().orElse(null), s.cancelledAt().orElse(null), s.cancelReason().orElse(null), Links.of(s));
        }
    }

    record ShipmentPage(List<ShipmentView> items, int page, int size, long totalItems, long totalPages) {
        static ShipmentPage of(Page<Shipment> p) {
            return new ShipmentPage(p.items().stream().map(ShipmentView::of).toList(), p.page(), p.size(), p.totalItems(),
                    p.totalPages());
        }
    }

    /** One shipment of a bulk request: booked (with its number, EDD and total) or refused (with every problem). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BulkItem(int index, Integer line, String orderReference, String status, String articleNumber, Boolean replayed,
                    LocalDate edd, Long totalPaise, List<ErrorView> errors) {
        static BulkItem of(BookingResult r, Integer line) {
            return switch (r) {
                case BookingResult.Booked b -> new BulkItem(b.index(), line, b.shipment().order().orderReference(), "BOOKED",
                        b.shipment().articleNumber().value(), b.replayed(), b.shipment().promise().edd(),
                        b.shipment().charges().total().paise(), null);
                case BookingResult.Refused f -> new BulkItem(f.index(), line, f.orderReference(), "REFUSED", null, null, null, null,
                        f.problems().stream().map(ErrorView::of).toList());
            };
        }
    }

    record BulkResult(int requested, long booked, long repeated, long refused, List<BulkItem> items) {
        static BulkResult of(List<BookingResult> results, List<Integer> lines) {
            long booked = 0, repeated = 0, refused = 0;
            List<BulkItem> items = new java.util.ArrayList<>(results.size());
            for (int i = 0; i < results.size(); i++) {
                BookingResult r = results.get(i);
                switch (r) {
                    case BookingResult.Booked b when b.replayed() -> repeated++;
                    case BookingResult.Booked b -> booked++;
                    case BookingResult.Refused f -> refused++;
                }
                items.add(BulkItem.of(r, lines == null ? null : lines.get(i)));
            }
            return new BulkResult(results.size(), booked, repeated, refused, items);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PickupView(long id, String shipper, String pickupPoint, LocalDate date, String status, String manifestNumber,
                      OffsetDateTime scheduledAt, OffsetDateTime manifestedAt, OffsetDateTime handedOverAt, String confirmedBy) {
        static PickupView of(Pickup p) {
            return new PickupView(p.id(), p.shipper(), p.pickupPoint(), p.date(), p.status().name(), p.manifestNumber(),
                    p.scheduledAt(), p.manifestedAt().orElse(null), p.handedOverAt().orElse(null), p.confirmedBy().orElse(null));
        }
    }

    record ManifestLineView(String articleNumber, String orderReference, String service, String consigneeName, String city,
                            String pin, int weightGrams, int chargeableWeightGrams, String paymentMode, long codAmountPaise,
                            String status) {
        static ManifestLineView of(ManifestLine l) {
            return new ManifestLineView(l.articleNumber().value(), l.orderReference(), l.service().name(), l.consigneeName(),
                    l.city(), l.pin().toString(), l.weight().grams(), l.chargeableWeight().grams(), l.payment().mode().name(),
                    l.payment().codAmount().paise(), l.status().name());
        }
    }

    record ManifestView(String manifestNumber, PickupView pickup, String shipperName, String pickupPointName,
                        String pickupPointAddress, long parcels, long codParcels, long cancelled, long totalWeightGrams,
                        long totalChargeableWeightGrams, long codTotalPaise, List<String> missing,
                        List<ManifestLineView> shipments) {
        static ManifestView of(Manifest m, List<String> missing) {
            return new ManifestView(m.pickup().manifestNumber(), PickupView.of(m.pickup()), m.shipperName(), m.pickupPointName(),
                    m.pickupPointAddress(), m.parcels(), m.codParcels(), m.cancelled(), m.totalWeightGrams(),
                    m.totalChargeableWeightGrams(), m.codTotal().paise(), missing,
                    m.lines().stream().map(ManifestLineView::of).toList());
        }
    }
}
