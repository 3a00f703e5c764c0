package org.daksetu.cod.domain;

import java.util.Optional;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;

/**
 * What a postman may record at the door: the booked amount exactly (no partial collection), once,
 * on a delivered COD article that is not being returned; a UPI payment carries its reference.
 */
public final class CollectionRule {

    /** UPI transaction references (UTR/RRN) are 12 digits; some apps show up to 35 letters and digits. */
    static final String UPI_REFERENCE = "[A-Za-z0-9]{8,35}";

    private CollectionRule() {
    }

    /**
     * Checks a collection against the article; throws the refusal, naming {@code field}.
     *
     * @param deliveredInSameRequest the delivery of the article is recorded in the same request
     */
    public static void check(String field, CodArticle a, CollectionMode mode, Money amount, Optional<String> upiReference,
                             boolean deliveredInSameRequest) {
        if (a.cancelledAt().isPresent()) {
            throw new ConflictException(field + ".article", a.article(), "article " + a.article()
                    + " is being returned to its shipper; nothing is collected on it");
        }
        if (a.collectedAt().isPresent()) {
            throw new ConflictException(field + ".article", a.article(), "the COD amount of " + a.article()
                    + " was collected already at " + a.collectedAt().get() + "; it is never collected twice");
        }
        if (a.deliveredAt().isEmpty() && !deliveredInSameRequest) {
            throw new ConflictException(field + ".article", a.article(), "article " + a.article()
                    + " is not delivered; the amount is collected at delivery");
        }
        if (!amount.equals(a.amount())) {
            throw new InvalidValueException(field + ".amountPaise", Long.toString(amount.paise()), "the booked COD amount of "
                    + a.article() + " is " + a.amount().paise() + " paise; collect exactly that (no partial collection)");
        }
        if (mode == CollectionMode.UPI) {
            String ref = upiReference.map(String::strip).orElse("");
            if (!ref.matches(UPI_REFERENCE)) {
                throw new InvalidValueException(field + ".upiReference", ref,
                        "a UPI collection carries the transaction reference (8 to 35 letters or digits)");
            }
        }
    }
}
