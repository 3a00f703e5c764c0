package org.daksetu.tracking.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * India Post's scan vocabulary (postal-domain.md): the CSI/APT article events, the bag events, and
 * the newer feed names that mean the same. A bag event applies to every article in the bag.
 * {@code rank} orders scans of one parcel that carry the same timestamp in the order they happen
 * physically, so that sorting a history is a total order whatever order the scans arrived in.
 */
public enum ScanCode {
    /**
     * Not India Post's: the shipper cancelled the booking before pickup (recorded by booking, in
     * its cancelling transaction). Intake does not accept it from scanners.
     */
    XC("Booking cancelled", false, 5, "BOOKING_CANCEL"),
    IB("Item booked", false, 10, "ITEM_BOOK"),
    IG("Item bagged", false, 20, "ITEM_BAGGING"),
    CL("Bag closed", true, 25, "BAG_CLOSE"),
    ID("Item dispatched", false, 30, "ITEM_DISPATCH"),
    DI("Bag dispatched", true, 35, "BAG_DISPATCH"),
    RD("Bag received", true, 40, "TMO_RECEIVE"),
    OP("Bag opened", true, 45, "BAG_OPEN"),
    IR("Item received", false, 50, "ITEM_RECEIVE"),
    MR("Item misrouted", false, 55, "ITEM_MISROUTE"),
    DM("Item damaged", false, 57, "ITEM_DAMAGE"),
    /** Written by the platform when capacity overflow moves an article's EDD (tracking.application.Delays); never scanned. */
    DL("Item delayed", false, 58, "ITEM_DELAY"),
    OH("Item on hold", false, 60, "ITEM_ONHOLD"),
    RT("Item redirected", false, 62, "ITEM_REDIRECT"),
    RN("Item returned", false, 64, "ITEM_RETURN"),
    BD("Out for delivery", false, 70, "BEAT_DISPATCH"),
    N("Item not delivered", false, 80, "ITEM_NONDELIVER"),
    D("Item delivered", false, 90, "ITEM_DELIVERY"),
    LO("Item lost", false, 95, "ITEM_LOST");

    private static final Map<String, ScanCode> BY_NAME = Stream.concat(
                    Arrays.stream(values()).filter(ScanCode::scanned).map(c -> Map.entry(c.name(), c)),
                    Arrays.stream(values()).filter(ScanCode::scanned).map(c -> Map.entry(c.feedName, c)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String description;
    private final boolean bagEvent;
    private final int rank;
    private final String feedName;

    ScanCode(String description, boolean bagEvent, int rank, String feedName) {
        this.description = description;
        this.bagEvent = bagEvent;
        this.rank = rank;
        this.feedName = feedName;
    }

    /** An event DakSetu records itself (a cancelled booking, a delay from capacity overflow), never one a scanner sends. */
    public boolean platformEvent() {
        return this == XC || this == DL;
    }

    /** Accepts the short code ({@code IB}) or the newer feed name ({@code ITEM_BOOK}), in any case; India Post's codes only. */
    public static Optional<ScanCode> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(text.trim().toUpperCase(Locale.ROOT)));
    }

    /** Whether scanners send this code; the platform's own events (XC, DL) are not accepted from intake. */
    public boolean scanned() {
        return !platformEvent();
    }

    public String description() {
        return description;
    }

    public boolean bagEvent() {
        return bagEvent;
    }

    public int rank() {
        return rank;
    }

    public String feedName() {
        return feedName;
    }

    /** Scans that say where the parcel physically is: compared with the itinerary for misrouting. */
    public boolean placesTheParcel() {
        return switch (this) {
            case IB, IG, CL, ID, DI, RD, OP, IR, BD, N, D -> true;
            case XC, MR, DM, DL, OH, RT, RN, LO -> false;
        };
    }
}
