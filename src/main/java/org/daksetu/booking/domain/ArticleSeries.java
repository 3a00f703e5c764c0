package org.daksetu.booking.domain;

import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.InvalidValueException;

/**
 * A configured range of S10 numbers for one service: a two-letter service indicator and the
 * serials it may use (docs/BOOKING.md, "Article numbers"). A service may have several series,
 * used in the order configured.
 */
public record ArticleSeries(String prefix, Service service, int firstSerial, int lastSerial) {

    public ArticleSeries {
        if (prefix == null || !prefix.matches("[A-Z]{2}")) {
            throw new InvalidValueException("prefix", String.valueOf(prefix), "an S10 service indicator is two capital letters");
        }
        if (firstSerial < 0 || lastSerial > ArticleNumber.MAX_SERIAL || firstSerial > lastSerial) {
            throw new InvalidValueException("serials", firstSerial + "-" + lastSerial,
                    "a series runs from a first to a last serial within 0 to " + ArticleNumber.MAX_SERIAL);
        }
    }

    /** Parses {@code EK} or {@code EK:10000000-19999999}. */
    public static ArticleSeries parse(Service service, String text) {
        String[] parts = text.strip().split(":");
        if (parts.length == 1) {
            return new ArticleSeries(parts[0], service, 1, ArticleNumber.MAX_SERIAL);
        }
        String[] range = parts[1].split("-");
        if (parts.length != 2 || range.length != 2 || !range[0].matches("[0-9]{1,8}") || !range[1].matches("[0-9]{1,8}")) {
            throw new InvalidValueException("series", text, "a series is PREFIX or PREFIX:FIRST-LAST, like EK:10000000-19999999");
        }
        return new ArticleSeries(parts[0], service, Integer.parseInt(range[0]), Integer.parseInt(range[1]));
    }

    public int size() {
        return lastSerial - firstSerial + 1;
    }
}
