package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.booking.domain.ShipmentDraft.ConsigneeDraft;
import org.daksetu.booking.domain.ShipmentDraft.DimensionsDraft;
import org.daksetu.booking.domain.ShipmentDraft.PaymentDraft;
import org.daksetu.network.domain.GeoMatch;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/** Test fixtures with intent-revealing names: PINs, pickup points and drafts of shipments. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final String KOCHI = "682028";
    public static final String RURAL_NO_COD = "799001";
    public static final String ARMY_POST = "900001";
    public static final String NOWHERE = "100000";

    private Fixtures() {
    }

    public static PostOffice anOffice(long id, int pin, String district) {
        return new PostOffice(id, "Office " + id, OfficeTier.SO, new Pin(pin), id, "Taluk", district, "State", "Division",
                "Region", "Circle", Optional.of(new GeoPoint(10, 76)), GeoMatch.PLACE);
    }

    public static PinProfile aServiceablePin(String pin) {
        PostOffice office = anOffice(Long.parseLong(pin) * 10, Integer.parseInt(pin), "ERNAKULAM");
        return new PinProfile(office.pin(), List.of(office), office, false, true, Optional.empty());
    }

    public static PinProfile aPinWithoutCod(String pin) {
        PostOffice office = anOffice(Long.parseLong(pin) * 10, Integer.parseInt(pin), "West Tripura");
        return new PinProfile(office.pin(), List.of(office), office, true, false, Optional.empty());
    }

    public static PinProfile anUnserviceablePin(String pin) {
        PostOffice office = anOffice(Long.parseLong(pin) * 10, Integer.parseInt(pin), "APS");
        return new PinProfile(office.pin(), List.of(office), office, false, false, Optional.of("Army Postal Service"));
    }

    public static PickupPoint aPickupPoint(String code) {
        return new PickupPoint(code, "Fulfilment centre " + code, "Gurugram", "Sector 37, Gurugram", new Pin(122001),
                new GeoPoint(28.44, 76.99), 1L, 1.0, LocalDate.of(2023, 1, 2), Optional.empty(), 0);
    }

    public static PickupPoint aRetiredPickupPoint(String code) {
        PickupPoint p = aPickupPoint(code);
        return new PickupPoint(p.code(), p.name(), p.city(), p.address(), p.pin(), p.location(), p.officeId(),
                p.officeDistanceKm(), p.openedOn(), Optional.of(TODAY.minusDays(1)), 0);
    }

    /** A world of a few PINs and pickup points; the shipper uses DEL-FC1 and the retired OLD-FC1 only. */
    public static BookingContext aWorld() {
        Map<String, PinProfile> pins = Map.of(KOCHI, aServiceablePin(KOCHI), RURAL_NO_COD, aPinWithoutCod(RURAL_NO_COD),
                ARMY_POST, anUnserviceablePin(ARMY_POST));
        Map<String, PickupPoint> points = Map.of("DEL-FC1", aPickupPoint("DEL-FC1"), "BOM-FC1", aPickupPoint("BOM-FC1"),
                "OLD-FC1", aRetiredPickupPoint("OLD-FC1"));
        return new BookingContext() {
            @Override
            public Optional<PinProfile> destination(Pin pin) {
                return Optional.ofNullable(pins.get(pin.toString()));
            }

            @Override
            public Optional<PickupPoint> pickupPoint(String code) {
                return Optional.ofNullable(points.get(code));
            }

            @Override
            public boolean shipperUses(String code) {
                return code.equals("DEL-FC1") || code.equals("OLD-FC1");
            }

            @Override
            public LocalDate today() {
                return TODAY;
            }
        };
    }

    public static ShipmentDraft aPrepaidParcelTo(String pin) {
        return new ShipmentDraft("ORD-1001", "DEL-FC1", "SPEED_POST_PARCEL",
                new ConsigneeDraft("Anita Menon", "+91 98470 12345", "12/345 Temple Road", "Near the ferry", null, pin),
                "1200", new DimensionsDraft("30", "20", "10"), "149900", new PaymentDraft("PREPAID", null), "false", null);
    }

    public static ShipmentDraft aCodParcelTo(String pin, String codPaise) {
        ShipmentDraft d = aPrepaidParcelTo(pin);
        return new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(), d.consignee(), d.weightGrams(),
                d.dimensions(), d.declaredValuePaise(), new PaymentDraft("COD", codPaise), d.otpDelivery(), null);
    }

    public static ShipmentDraft weighing(ShipmentDraft d, String grams) {
        return new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(), d.consignee(), grams, d.dimensions(),
                d.declaredValuePaise(), d.payment(), d.otpDelivery(), d.articleNumber());
    }

    public static ShipmentDraft measuring(ShipmentDraft d, String l, String b, String h) {
        return new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(), d.consignee(), d.weightGrams(),
                new DimensionsDraft(l, b, h), d.declaredValuePaise(), d.payment(), d.otpDelivery(), d.articleNumber());
    }

    public static ShipmentDraft from(ShipmentDraft d, String pickupPoint) {
        return new ShipmentDraft(d.orderReference(), pickupPoint, d.service(), d.consignee(), d.weightGrams(),
                d.dimensions(), d.declaredValuePaise(), d.payment(), d.otpDelivery(), d.articleNumber());
    }

    public static ShipmentDraft withPhone(ShipmentDraft d, String phone) {
        ConsigneeDraft c = d.consignee();
        return new ShipmentDraft(d.orderReference(), d.pickupPoint(), d.service(),
                new ConsigneeDraft(c.name(), phone, c.addressLine1(), c.addressLine2(), c.city(), c.pin()),
                d.weightGrams(), d.dimensions(), d.declaredValuePaise(), d.payment(), d.otpDelivery(), d.articleNumber());
    }
}
