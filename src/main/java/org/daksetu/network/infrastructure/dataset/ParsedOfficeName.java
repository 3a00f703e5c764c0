package org.daksetu.network.infrastructure.dataset;

/**
 * An office name of the 2015 directory taken apart.
 *
 * @param name        the name without its tier suffix, as the source wrote it otherwise
 * @param tier        the tier the suffix gives, or {@link Tier#SO} when the name has no suffix
 * @param evidence    how the tier was found, so the build can count the guesses
 * @param nonDelivery the name marks a non-delivery or town sub office (ND, TSO, NDTSO, T.S.O)
 */
record ParsedOfficeName(String name, Tier tier, Evidence evidence, boolean nonDelivery) {

    enum Evidence {
        /** The regular " B.O", " S.O", " H.O" or " G.P.O" at the end, perhaps followed by a "(district)". */
        SUFFIX,
        /** A spelling variant: "DheolaB.O", "Hirehalli SO", "Nagpur GPO", "Chethy GDB.O", "Upleta ND T.S.O", "B.O B.O". */
        IRREGULAR_SUFFIX,
        /** No suffix at all; the tier is assumed (see {@link OfficeNameParser}). */
        NO_SUFFIX
    }
}
