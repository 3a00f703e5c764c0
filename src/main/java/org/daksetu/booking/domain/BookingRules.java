package org.daksetu.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.daksetu.booking.domain.ShipmentDraft.ConsigneeDraft;
import org.daksetu.booking.domain.ShipmentDraft.DimensionsDraft;
import org.daksetu.booking.domain.ShipmentDraft.PaymentDraft;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Dimensions;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Weight;

/**
 * Checks one shipment draft against every booking rule and names each problem with its field
 * (as the API and the CSV header name it) and value, so the shipper can fix them all at once.
 * Nothing here touches the database: the network and the pickup points come from the context.
 */
public final class BookingRules {

    // Compiled once: these run for every shipment of a bulk request.
    private static final java.util.regex.Pattern CENTIMETRES = java.util.regex.Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,3})?");
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?[0-9]{1,15}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private BookingRules() {
    }

    public static Checked check(ShipmentDraft draft, BookingContext context) {
        List<InvalidValueException> problems = new ArrayList<>();
        if (draft == null) {
            problems.add(new InvalidValueException("shipment", "null", "a shipment is required"));
            return new Checked.Rejected(problems);
        }
        String orderReference = orderReference(draft.orderReference(), problems);
        PickupPoint pickupPoint = pickupPoint(draft.pickupPoint(), context, problems);
        Service service = attempt(problems, () -> Service.parse("service", draft.service()));
        ConsigneeDraft c = draft.consignee() != null ? draft.consignee() : new ConsigneeDraft(null, null, null, null, null, null);
        String name = latinText("consignee.name", c.name(), 2, BookingLimits.MAX_NAME, true, problems);
        IndianMobile phone = attempt(problems, () -> IndianMobile.parse("consignee.phone", c.phone()));
        String line1 = latinText("consignee.addressLine1", c.addressLine1(), 3, BookingLimits.MAX_ADDRESS_LINE, true, problems);
        String line2 = latinText("consignee.addressLine2", c.addressLine2(), 0, BookingLimits.MAX_ADDRESS_LINE, false, problems);
        String city = latinText("consignee.city", c.city(), 2, BookingLimits.MAX_CITY, false, problems);
        PinProfile destination = destination(c.pin(), context, problems);
        Weight weight = weight(draft.weightGrams(), problems);
        Dimensions dimensions = dimensions(draft.dimensions(), problems);
        Money declared = money("declaredValuePaise", draft.declaredValuePaise(), true, problems);
        if (declared != null && !declared.isPositive()) {
            problems.add(new InvalidValueException("declaredValuePaise", draft.declaredValuePaise(), "the declared value is above 0"));
        } else if (declared != null && declared.isGreaterThan(BookingLimits.MAX_DECLARED_VALUE)) {
            problems.add(new InvalidValueException("declaredValuePaise", draft.declaredValuePaise(),
                    "the declared value is at most " + BookingLimits.MAX_DECLARED_VALUE.paise() + " paise ("
                            + BookingLimits.MAX_DECLARED_VALUE + ")"));
        }
        Payment payment = payment(draft.payment(), destination, problems);
        Boolean otp = bool("otpDelivery", draft.otpDelivery(), problems);
        Optional<ArticleNumber> own = Optional.empty();
        if (draft.articleNumber() != null && !draft.articleNumber().isBlank()) {
            ArticleNumber number = attempt(problems, () -> ArticleNumber.parse(draft.articleNumber()));
            own = Optional.ofNullable(number);
        }
        if (!problems.isEmpty()) {
            return new Checked.Rejected(problems);
        }
        String resolvedCity = city != null ? city : titleCase(destination.deliveryOffice().district());
        Consignee consignee = new Consignee(name, phone, line1, Optional.ofNullable(line2), resolvedCity, destination.pin());
        ShipmentOrder order = new ShipmentOrder(orderReference, pickupPoint.code(), service, consignee,
                new Parcel(weight, dimensions, declared), payment, otp != null && otp, own);
        return new Checked.Accepted(order, pickupPoint, destination);
    }

    /** A quote request that passed the rules that decide a price and a promise. */
    public record Quotable(PickupPoint pickupPoint, PinProfile destination, Service service, Parcel parcel, Payment payment,
                           boolean otpDelivery) {
    }

    /**
     * Checks a quote request with the same rules as a booking (pickup point, PIN, service, weight,
     * dimensions, COD, OTP) and throws every problem at once.
     */
    public static Quotable checkQuote(QuoteDraft draft, BookingContext context) {
        List<InvalidValueException> problems = new ArrayList<>();
        if (draft == null) {
            throw new org.daksetu.shared.ValidationException(List.of(new InvalidValueException("quote", "null", "a body is required")));
        }
        PickupPoint pickupPoint = pickupPoint(draft.pickupPoint(), context, problems);
        Service service = attempt(problems, () -> Service.parse("service", draft.service()));
        PinProfile destination = destination(draft.pin(), context, problems);
        Weight weight = weight(draft.weightGrams(), problems);
        Dimensions dimensions = dimensions(draft.dimensions(), problems);
        Payment payment = payment(draft.payment(), destination, problems);
        Boolean otp = bool("otpDelivery", draft.otpDelivery(), problems);
        if (!problems.isEmpty()) {
            throw new org.daksetu.shared.ValidationException(problems.stream()
                    .map(p -> p.field().equals("consignee.pin") ? p.at("pin") : p).toList());
        }
        return new Quotable(pickupPoint, destination, service, new Parcel(weight, dimensions, Money.ZERO), payment,
                otp != null && otp);
    }

    private static String orderReference(String text, List<InvalidValueException> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidValueException("orderReference", String.valueOf(text), "is required: the shipper's own reference of the order"));
            return null;
        }
        String ref = text.strip();
        if (ref.length() > BookingLimits.MAX_ORDER_REFERENCE) {
            problems.add(new InvalidValueException("orderReference", text, "is at most " + BookingLimits.MAX_ORDER_REFERENCE + " characters"));
        } else if (!ref.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)) {
            problems.add(new InvalidValueException("orderReference", text, "has printable ASCII characters only"));
        }
        return ref;
    }

    private static PickupPoint pickupPoint(String code, BookingContext context, List<InvalidValueException> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new InvalidValueException("pickupPoint", String.valueOf(code), "is required: the code of the pickup point the parcel leaves from"));
            return null;
        }
        Optional<PickupPoint> point = context.pickupPoint(code.strip());
        if (point.isEmpty()) {
            problems.add(new InvalidValueException("pickupPoint", code, "no pickup point has this code"));
            return null;
        }
        if (!context.shipperUses(point.get().code())) {
            problems.add(new InvalidValueException("pickupPoint", code, "is not one of your pickup points"));
            return null;
        }
        if (!point.get().activeOn(context.today())) {
            problems.add(new InvalidValueException("pickupPoint", code, "is not in service on " + context.today()
                    + point.get().retiredOn().map(d -> " (retired on " + d + ")").orElse(" (opens on " + point.get().openedOn() + ")")));
            return null;
        }
        return point.get();
    }

    private static PinProfile destination(String text, BookingContext context, List<InvalidValueException> problems) {
        Pin pin = attempt(problems, () -> {
            try {
                return Pin.parse(text);
            } catch (InvalidValueException e) {
                throw e.at("consignee.pin");
            }
        });
        if (pin == null) {
            return null;
        }
        Optional<PinProfile> profile = context.destination(pin);
        if (profile.isEmpty()) {
            problems.add(new InvalidValueException("consignee.pin", text, "no post office has this PIN"));
            return null;
        }
        if (!profile.get().serviceable()) {
            problems.add(new InvalidValueException("consignee.pin", text,
                    "parcels are not delivered to this PIN: " + profile.get().notServiceableReason().orElse("not serviceable")));
            return null;
        }
        return profile.get();
    }

    private static Weight weight(String text, List<InvalidValueException> problems) {
        Long grams = wholeNumber("weightGrams", text, true, problems);
        if (grams == null) {
            return null;
        }
        if (grams <= 0) {
            problems.add(new InvalidValueException("weightGrams", text, "the weight is above 0 grams"));
            return null;
        }
        if (grams > BookingLimits.MAX_WEIGHT.grams()) {
            problems.add(new InvalidValueException("weightGrams", text, "the weight is at most " + BookingLimits.MAX_WEIGHT.grams() + " grams (35 kg)"));
            return null;
        }
        return Weight.ofGrams(grams.intValue());
    }

    private static Dimensions dimensions(DimensionsDraft d, List<InvalidValueException> problems) {
        if (d == null) {
            problems.add(new InvalidValueException("dimensions", "null", "are required: lengthCm, breadthCm and heightCm"));
            return null;
        }
        Integer l = centimetres("dimensions.lengthCm", d.lengthCm(), problems);
        Integer b = centimetres("dimensions.breadthCm", d.breadthCm(), problems);
        Integer h = centimetres("dimensions.heightCm", d.heightCm(), problems);
        if (l == null || b == null || h == null) {
            return null;
        }
        Dimensions dims = new Dimensions(l, b, h);
        if (dims.lengthPlusGirthCm() > BookingLimits.MAX_LENGTH_PLUS_GIRTH_CM) {
            problems.add(new InvalidValueException("dimensions", dims.toString(), "length plus girth is " + dims.lengthPlusGirthCm()
                    + " cm; India Post takes at most " + BookingLimits.MAX_LENGTH_PLUS_GIRTH_CM + " cm"));
            return null;
        }
        return dims;
    }

    /** A side in centimetres, above 0 and at most 150; decimals are rounded up to the next whole centimetre. */
    private static Integer centimetres(String field, String text, List<InvalidValueException> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidValueException(field, String.valueOf(text), "is required, in centimetres"));
            return null;
        }
        if (!CENTIMETRES.matcher(text.strip()).matches()) {
            problems.add(new InvalidValueException(field, text, "is a number of centimetres, like 30 or 30.5"));
            return null;
        }
        int cm = new BigDecimal(text.strip()).setScale(0, RoundingMode.CEILING).intValueExact();
        if (cm <= 0 || new BigDecimal(text.strip()).signum() <= 0) {
            problems.add(new InvalidValueException(field, text, "a side is above 0 cm"));
            return null;
        }
        if (cm > BookingLimits.MAX_LONGEST_SIDE_CM) {
            problems.add(new InvalidValueException(field, text, "a side is at most " + BookingLimits.MAX_LONGEST_SIDE_CM + " cm"));
            return null;
        }
        return cm;
    }

    private static Payment payment(PaymentDraft p, PinProfile destination, List<InvalidValueException> problems) {
        if (p == null || p.mode() == null || p.mode().isBlank()) {
            problems.add(new InvalidValueException("payment.mode", p == null ? "null" : String.valueOf(p.mode()), "is required: PREPAID or COD"));
            return null;
        }
        PaymentMode mode;
        try {
            mode = PaymentMode.valueOf(p.mode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidValueException("payment.mode", p.mode(), "must be PREPAID or COD"));
            return null;
        }
        Money amount = money("payment.codAmountPaise", p.codAmountPaise(), false, problems);
        if (mode == PaymentMode.PREPAID) {
            if (amount != null && !amount.isZero()) {
                problems.add(new InvalidValueException("payment.codAmountPaise", p.codAmountPaise(), "a prepaid parcel has no amount to collect"));
                return null;
            }
            return Payment.PREPAID;
        }
        int before = problems.size();
        if (p.codAmountPaise() == null || p.codAmountPaise().isBlank()) {
            problems.add(new InvalidValueException("payment.codAmountPaise", String.valueOf(p.codAmountPaise()), "is required for COD: the amount to collect, in paise"));
        } else if (amount != null) {
            if (!amount.isPositive()) {
                problems.add(new InvalidValueException("payment.codAmountPaise", p.codAmountPaise(), "the amount to collect is above 0"));
            } else if (amount.isGreaterThan(BookingLimits.MAX_COD)) {
                problems.add(new InvalidValueException("payment.codAmountPaise", p.codAmountPaise(),
                        "COD is at most " + BookingLimits.MAX_COD.paise() + " paise (" + BookingLimits.MAX_COD + ") per article"));
            } else if (!amount.isWholeRupees()) {
                problems.add(new InvalidValueException("payment.codAmountPaise", p.codAmountPaise(),
                        "COD is collected in whole rupees: a multiple of 100 paise"));
            }
        }
        if (destination != null && !destination.codAvailable()) {
            problems.add(new InvalidValueException("payment.mode", p.mode(),
                    "cash on delivery is not offered at PIN " + destination.pin()));
        }
        return problems.size() == before && amount != null ? Payment.cod(amount) : null;
    }

    private static Money money(String field, String text, boolean required, List<InvalidValueException> problems) {
        Long paise = wholeNumber(field, text, required, problems);
        return paise == null ? null : Money.ofPaise(paise);
    }

    private static Long wholeNumber(String field, String text, boolean required, List<InvalidValueException> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new InvalidValueException(field, String.valueOf(text), "is required"));
            }
            return null;
        }
        String t = text.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            problems.add(new InvalidValueException(field, text, "is a whole number" + (field.endsWith("Paise") ? " of paise (₹1 = 100 paise)" : "")));
            return null;
        }
        return Long.parseLong(t);
    }

    private static Boolean bool(String field, String text, List<InvalidValueException> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problems.add(new InvalidValueException(field, text, "is true or false"));
                yield null;
            }
        };
    }

    /**
     * Text printed on the label: Latin script (the label fonts and thermal printers have no other),
     * no control characters, trimmed, within the length.
     */
    private static String latinText(String field, String text, int min, int max, boolean required,
                                     List<InvalidValueException> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new InvalidValueException(field, String.valueOf(text), "is required"));
            }
            return null;
        }
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.length() < min || t.length() > max) {
            problems.add(new InvalidValueException(field, text, "has " + min + " to " + max + " characters"));
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!printableOnLabel(ch)) {
                problems.add(new InvalidValueException(field, text,
                        "is written in Latin letters: labels are printed in Latin script ('" + ch + "' cannot be printed)"));
                return null;
            }
        }
        return t;
    }

    /** What the label fonts print: ASCII and Latin-1 without control characters (WinAnsi, ZPL's default fonts). */
    public static boolean printableOnLabel(char ch) {
        return (ch >= 0x20 && ch < 0x7F) || (ch >= 0xA0 && ch <= 0xFF);
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char ch : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return out.toString();
    }

    private static <T> T attempt(List<InvalidValueException> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problems.add(e);
            return null;
        }
    }
}
