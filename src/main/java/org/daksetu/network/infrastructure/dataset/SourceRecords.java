package org.daksetu.network.infrastructure.dataset;

/** One row of each raw file, fields as the file has them (only cleaned of control characters). */
final class SourceRecords {

    private SourceRecords() {
    }

    /** offices-taluk.json.gz (2015): the office name carries the tier. */
    record TalukOffice(int pin, String officeName, String taluk, String district, String state) {
    }

    /** offices-division.json.gz (2024): the postal hierarchy, no tier. */
    record DivisionOffice(int pin, String name, String circle, String region, String division, String district,
                          String state) {
    }

    /** geonames-IN.tsv.gz: a named place of a PIN with a coordinate. */
    record GeoPlace(int pin, String name, Coordinates coordinates) {
    }
}
