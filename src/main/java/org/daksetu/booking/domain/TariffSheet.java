package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;
import org.daksetu.shared.ValidationException;

/**
 * Reads a tariff sheet: a CSV file of settings ({@code key,value}), then a table of rates in paise
 * with a header row {@code service,kind,grams,LOCAL,...,ABOVE_2000,basis,note}. Lines starting
 * with {@code #} are comments. Every problem is reported with its line, so an administrator can
 * fix a sheet in one go. The format is described in docs/BOOKING.md.
 */
public final class TariffSheet {

    static final List<String> SETTINGS = List.of("version", "effective_from", "description", "volumetric_divisor",
            "gst_basis_points", "otp_fee_paise", "cod_fee_threshold_paise", "cod_fee_rate_basis_points",
            "cod_fee_minimum_paise", "cod_fee_above_base_paise", "cod_fee_above_rate_basis_points");
    /** Settings a sheet may leave out, with the value used then. */
    static final Map<String, String> OPTIONAL_SETTINGS = Map.of("rto_freight_basis_points",
            Integer.toString(TariffVersion.DEFAULT_RTO_FREIGHT_BASIS_POINTS));
    static final String UP_TO = "UP_TO";
    static final String EACH_ADDITIONAL = "EACH_ADDITIONAL";

    private TariffSheet() {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("service", "kind", "grams"));
        for (TariffZone z : TariffZone.values()) {
            h.add(z.name());
        }
        h.add("basis");
        h.add("note");
        return h;
    }

    public static TariffVersion parse(String text) {
        List<InvalidValueException> problems = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        Map<Service, List<WeightSlab>> slabs = new EnumMap<>(Service.class);
        Map<Service, AdditionalWeight> beyond = new EnumMap<>(Service.class);
        boolean inTable = false;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = "line " + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (!inTable) {
                if (cells.getFirst().equals("service")) {
                    if (!cells.equals(header())) {
                        problems.add(new InvalidValueException(where, line, "the rate table's header is " + String.join(",", header())));
                        break;
                    }
                    inTable = true;
                } else if (cells.size() != 2 || !(SETTINGS.contains(cells.getFirst()) || OPTIONAL_SETTINGS.containsKey(cells.getFirst()))) {
                    problems.add(new InvalidValueException(where, line, "a setting is 'key,value' with a key among " + SETTINGS));
                } else if (settings.put(cells.get(0), cells.get(1)) != null) {
                    problems.add(new InvalidValueException(where, line, "setting " + cells.get(0) + " is given twice"));
                }
                continue;
            }
            rateRow(where, line, cells, slabs, beyond, problems);
        }
        if (!inTable) {
            problems.add(new InvalidValueException("sheet", "", "the rate table (header " + String.join(",", header()) + ") is missing"));
        }
        for (String key : SETTINGS) {
            if (!settings.containsKey(key)) {
                problems.add(new InvalidValueException(key, "", "the setting is missing"));
            }
        }
        for (Service s : Service.values()) {
            if (inTable && !slabs.containsKey(s)) {
                problems.add(new InvalidValueException("service", s.name(), "the sheet has no rates for this service"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        TariffVersion version = settings(settings, slabs, beyond, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return version;
    }

    private static void rateRow(String where, String line, List<String> cells, Map<Service, List<WeightSlab>> slabs,
                                Map<Service, AdditionalWeight> beyond, List<InvalidValueException> problems) {
        if (cells.size() != header().size()) {
            problems.add(new InvalidValueException(where, line, "a rate row has " + header().size() + " columns: " + String.join(",", header())));
            return;
        }
        int before = problems.size();
        Service service = null;
        try {
            service = Service.valueOf(cells.get(0));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidValueException(where + " service", cells.get(0), "must be one of " + Service.names()));
        }
        String kind = cells.get(1);
        if (!kind.equals(UP_TO) && !kind.equals(EACH_ADDITIONAL)) {
            problems.add(new InvalidValueException(where + " kind", kind, "must be " + UP_TO + " or " + EACH_ADDITIONAL));
        }
        int grams = positive(where + " grams", cells.get(2), problems);
        EnumMap<TariffZone, Money> rates = new EnumMap<>(TariffZone.class);
        TariffZone[] zones = TariffZone.values();
        for (int z = 0; z < zones.length; z++) {
            int paise = positive(where + " " + zones[z].name(), cells.get(3 + z), problems);
            rates.put(zones[z], Money.ofPaise(paise));
        }
        RateBasis basis = null;
        try {
            basis = RateBasis.valueOf(cells.get(3 + zones.length));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidValueException(where + " basis", cells.get(3 + zones.length), "must be PUBLISHED, SECONDARY or ASSUMPTION"));
        }
        String note = cells.get(4 + zones.length);
        if (problems.size() > before) {
            return;
        }
        if (kind.equals(UP_TO)) {
            List<WeightSlab> list = slabs.computeIfAbsent(service, s -> new ArrayList<>());
            if (beyond.containsKey(service)) {
                problems.add(new InvalidValueException(where + " kind", kind, "the " + EACH_ADDITIONAL + " row comes after every slab of " + service));
            } else if (!list.isEmpty() && list.getLast().upToGrams() >= grams) {
                problems.add(new InvalidValueException(where + " grams", Integer.toString(grams),
                        "slabs go up in weight: the slab before ends at " + list.getLast().upToGrams() + " g"));
            } else {
                if (!list.isEmpty()) {
                    for (TariffZone zone : zones) {
                        if (rates.get(zone).compareTo(list.getLast().rates().in(zone)) < 0) {
                            problems.add(new InvalidValueException(where + " " + zone.name(), Long.toString(rates.get(zone).paise()),
                                    "a heavier slab does not cost less than a lighter one (" + list.getLast().rates().in(zone).paise() + ")"));
                        }
                    }
                }
                list.add(new WeightSlab(grams, new ZoneRates(rates), basis, note));
            }
        } else if (!slabs.containsKey(service)) {
            problems.add(new InvalidValueException(where + " kind", kind, "the " + EACH_ADDITIONAL + " row of " + service + " follows its slabs"));
        } else if (beyond.put(service, new AdditionalWeight(grams, new ZoneRates(rates), basis, note)) != null) {
            problems.add(new InvalidValueException(where + " kind", kind, service + " has one " + EACH_ADDITIONAL + " row"));
        }
    }

    private static TariffVersion settings(Map<String, String> s, Map<Service, List<WeightSlab>> slabs,
                                          Map<Service, AdditionalWeight> beyond, List<InvalidValueException> problems) {
        String id = s.get("version");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            problems.add(new InvalidValueException("version", id, "1 to 40 letters, digits, dots, hyphens or underscores"));
        }
        LocalDate effective = null;
        try {
            effective = LocalDate.parse(s.get("effective_from"));
        } catch (DateTimeParseException e) {
            problems.add(new InvalidValueException("effective_from", s.get("effective_from"), "a date like 2026-04-01"));
        }
        int divisor = positive("volumetric_divisor", s.get("volumetric_divisor"), problems);
        int gst = basisPoints("gst_basis_points", s.get("gst_basis_points"), problems);
        int otp = nonNegative("otp_fee_paise", s.get("otp_fee_paise"), problems);
        CodFeeRule cod = new CodFeeRule(Money.ofPaise(positive("cod_fee_threshold_paise", s.get("cod_fee_threshold_paise"), problems)),
                basisPoints("cod_fee_rate_basis_points", s.get("cod_fee_rate_basis_points"), problems),
                Money.ofPaise(nonNegative("cod_fee_minimum_paise", s.get("cod_fee_minimum_paise"), problems)),
                Money.ofPaise(nonNegative("cod_fee_above_base_paise", s.get("cod_fee_above_base_paise"), problems)),
                basisPoints("cod_fee_above_rate_basis_points", s.get("cod_fee_above_rate_basis_points"), problems));
        Map<Service, ServiceTariff> services = new EnumMap<>(Service.class);
        for (var entry : slabs.entrySet()) {
            Service service = entry.getKey();
            AdditionalWeight step = beyond.get(service);
            if (step == null && entry.getValue().getLast().upToGrams() < BookingLimits.MAX_WEIGHT.grams()) {
                problems.add(new InvalidValueException("service", service.name(), "the slabs end at " + entry.getValue().getLast().upToGrams()
                        + " g: give an " + EACH_ADDITIONAL + " row or slabs up to " + BookingLimits.MAX_WEIGHT.grams() + " g"));
                continue;
            }
            services.put(service, new ServiceTariff(service, entry.getValue(), step));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        int rto = basisPoints("rto_freight_basis_points", s.getOrDefault("rto_freight_basis_points",
                OPTIONAL_SETTINGS.get("rto_freight_basis_points")), problems);
        return new TariffVersion(id, effective, s.get("description"), divisor, gst, Money.ofPaise(otp), cod, services, rto);
    }

    private static int positive(String field, String text, List<InvalidValueException> problems) {
        int v = nonNegative(field, text, problems);
        if (v == 0 && text != null && text.matches("[0-9]+")) {
            problems.add(new InvalidValueException(field, text, "is above 0"));
        }
        return v;
    }

    private static int nonNegative(String field, String text, List<InvalidValueException> problems) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            problems.add(new InvalidValueException(field, String.valueOf(text), "is a whole number, 0 or more"));
            return 0;
        }
        return Integer.parseInt(text);
    }

    private static int basisPoints(String field, String text, List<InvalidValueException> problems) {
        int v = nonNegative(field, text, problems);
        if (v > 10_000) {
            problems.add(new InvalidValueException(field, text, "is a rate in basis points, at most 10000 (100%)"));
        }
        return v;
    }

    /** Splits a line of the sheet; a field may be quoted to hold commas ("a, b"), with "" for a quote. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
