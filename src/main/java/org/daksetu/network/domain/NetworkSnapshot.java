package org.daksetu.network.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.daksetu.shared.Pin;

/**
 * An immutable picture of the whole office network, indexed for the questions asked most: the
 * profile of a PIN and an office by id. It is rebuilt from the database after every import and
 * swapped in whole, so readers never see half a network.
 */
public final class NetworkSnapshot {

    private static final int FIRST_PIN = 100_000;

    private final String version;
    private final PinProfile[] profiles = new PinProfile[900_000];
    private final Map<Long, PostOffice> officesById;
    private final java.util.Set<String> stateKeys = new java.util.HashSet<>();
    private final java.util.Set<String> districtKeys = new java.util.HashSet<>();
    private final int pinCount;
    private final int officeCount;

    public NetworkSnapshot(String version, Collection<PostOffice> offices, List<ServiceRestriction> restrictions) {
        this.version = version;
        this.officesById = HashMap.newHashMap(offices.size());
        Map<Pin, List<PostOffice>> byPin = new TreeMap<>();
        for (PostOffice office : offices) {
            officesById.put(office.id(), office);
            stateKeys.add(office.state().toLowerCase(java.util.Locale.ROOT));
            districtKeys.add(office.district().toLowerCase(java.util.Locale.ROOT));
            byPin.computeIfAbsent(office.pin(), p -> new ArrayList<>()).add(office);
        }
        for (var entry : byPin.entrySet()) {
            profiles[entry.getKey().value() - FIRST_PIN] = profile(entry.getKey(), entry.getValue(), restrictions);
        }
        this.pinCount = byPin.size();
        this.officeCount = offices.size();
    }

    public static NetworkSnapshot empty() {
        return new NetworkSnapshot("none", List.of(), List.of());
    }

    private PinProfile profile(Pin pin, List<PostOffice> offices, List<ServiceRestriction> restrictions) {
        offices.sort(Comparator.comparing(PostOffice::tier).thenComparing(PostOffice::name));
        long deliveryId = offices.getFirst().deliveryOfficeId();
        PostOffice delivery = offices.stream().filter(o -> o.id() == deliveryId).findFirst()
                .orElseThrow(() -> new IllegalStateException("PIN " + pin + " names delivery office " + deliveryId + " that is not among its offices"));
        Optional<String> notServiceable = restrictions.stream()
                .filter(r -> r.kind() == ServiceRestriction.Kind.NOT_SERVICEABLE && r.covers(pin))
                .map(ServiceRestriction::reason).findFirst();
        boolean cod = notServiceable.isEmpty() && restrictions.stream()
                .noneMatch(r -> r.kind() == ServiceRestriction.Kind.NO_COD && r.covers(pin));
        return new PinProfile(pin, offices, delivery, RuralPolicy.isRural(offices), cod, notServiceable);
    }

    public String version() {
        return version;
    }

    public Optional<PinProfile> profile(Pin pin) {
        return Optional.ofNullable(profiles[pin.value() - FIRST_PIN]);
    }

    public Optional<PostOffice> office(long id) {
        return Optional.ofNullable(officesById.get(id));
    }

    public Collection<PostOffice> offices() {
        return officesById.values();
    }

    /** Whether any office is in this state, ignoring case. */
    public boolean hasState(String state) {
        return stateKeys.contains(state.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether any office is in this district, ignoring case. */
    public boolean hasDistrict(String district) {
        return districtKeys.contains(district.toLowerCase(java.util.Locale.ROOT));
    }

    public int pinCount() {
        return pinCount;
    }

    public int officeCount() {
        return officeCount;
    }

    /** Offices counted by a property, in the order of the property's values. */
    public Map<String, Long> countBy(java.util.function.Function<PostOffice, String> key) {
        return officesById.values().stream()
                .collect(Collectors.groupingBy(o -> String.valueOf(key.apply(o)), TreeMap::new, Collectors.counting()));
    }
}
