package org.daksetu.tracking.domain;

import java.util.Map;
import java.util.Optional;
import org.daksetu.shared.InvalidValueException;

/**
 * Why a delivery attempt failed: India Post's two-digit codes 01 to 41. The published list
 * (postal-domain.md) names twenty of them; a code inside the range but not in the list is accepted
 * (the list is from secondary sources and DoP adds codes) and described as such.
 */
public record NonDeliveryReason(String code, String description) {

    static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("01", "Door locked"), Map.entry("02", "Addressee moved"),
            Map.entry("03", "On addressee's instructions"), Map.entry("05", "Local holiday"),
            Map.entry("06", "Insufficient address"), Map.entry("07", "Addressee cannot be located"),
            Map.entry("08", "Addressee absent"), Map.entry("09", "Refused"),
            Map.entry("11", "Addressee left without instructions"), Map.entry("12", "Missed delivery"),
            Map.entry("13", "Damaged"), Map.entry("14", "No such person"), Map.entry("15", "Office closed"),
            Map.entry("17", "Unclaimed"), Map.entry("18", "Deceased"), Map.entry("26", "Force majeure"),
            Map.entry("29", "Wrong or missing PIN"), Map.entry("30", "Missent"), Map.entry("40", "Recalled"),
            Map.entry("41", "On customer request"));

    public NonDeliveryReason {
        if (code == null || !code.matches("\\d\\d") || Integer.parseInt(code) < 1 || Integer.parseInt(code) > 41) {
            throw new InvalidValueException("reason", String.valueOf(code), "a non-delivery reason is a code from 01 to 41");
        }
    }

    public static NonDeliveryReason of(String code) {
        String c = code == null ? null : code.trim().length() == 1 ? "0" + code.trim() : code.trim();
        new NonDeliveryReason(c, "");
        return new NonDeliveryReason(c, Optional.ofNullable(KNOWN.get(c)).orElse("Reason " + c + " (not in the published list)"));
    }

    /** Whether the addressee, not the post, stands in the way: the shipper must decide what happens next. */
    public boolean addresseeSide() {
        return switch (code) {
            case "02", "03", "06", "07", "08", "09", "11", "14", "17", "18", "29", "41" -> true;
            default -> false;
        };
    }
}
