package org.daksetu.network.infrastructure.dataset;

import java.util.Comparator;

/** An office of the 2015 file with its name taken apart; the spine of the dataset. */
record ParsedOffice(int pin, ParsedOfficeName parsed, String nameKey, String taluk, String district, String state) {

    /** The order that settles office-id collisions inside a PIN, and the choice between duplicate rows. */
    static final Comparator<ParsedOffice> ORDER = Comparator.comparingInt(ParsedOffice::pin)
            .thenComparing(ParsedOffice::nameKey)
            .thenComparing(o -> o.parsed().tier())
            .thenComparing(o -> o.taluk().isEmpty()) // a row that knows its taluk first
            .thenComparing(o -> o.parsed().name())
            .thenComparing(ParsedOffice::taluk)
            .thenComparing(ParsedOffice::district)
            .thenComparing(ParsedOffice::state);

    static ParsedOffice of(SourceRecords.TalukOffice row, OfficeNameParser parser) {
        ParsedOfficeName parsed = parser.parse(row.officeName());
        return new ParsedOffice(row.pin(), parsed, NameKeys.exact(parsed.name()), row.taluk(), row.district(),
                row.state());
    }

    String name() {
        return parsed.name();
    }

    Tier tier() {
        return parsed.tier();
    }

    /** Rows with the same PIN, name key and tier are one office written twice. */
    record Identity(int pin, String nameKey, Tier tier) {
    }

    Identity identity() {
        return new Identity(pin, nameKey, parsed.tier());
    }
}
