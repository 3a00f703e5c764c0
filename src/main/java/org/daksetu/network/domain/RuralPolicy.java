package org.daksetu.network.domain;

import java.util.List;

/**
 * Whether a PIN is rural. India Post's branch offices are its village offices, run by Gramin Dak
 * Sevaks; sub and head offices sit in towns. A PIN counts as rural when at least half of its
 * offices are branch offices: the town office then mostly serves the villages around it.
 * docs/NETWORK-DATA.md gives the measured split.
 */
public final class RuralPolicy {

    private RuralPolicy() {
    }

    public static boolean isRural(List<PostOffice> officesOfPin) {
        long branches = officesOfPin.stream().filter(o -> o.tier() == OfficeTier.BO).count();
        return branches > 0 && branches * 2 >= officesOfPin.size();
    }
}
