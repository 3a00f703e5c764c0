package org.daksetu.cod.application;

/**
 * The invariant of one office or one shipper ({@code scope} OFFICE or SHIPPER): collected =
 * remitted + outstanding, with collected from the article register, remitted from the remittance
 * lines, outstanding from the ledger's shipper-payable balance, and the ledger's own collections.
 */
public record Balance(String scope, String key, long collectedPaise, long ledgerCollectedPaise, long remittedPaise,
                      long outstandingPaise) {

    public boolean holds() {
        return collectedPaise == remittedPaise + outstandingPaise && collectedPaise == ledgerCollectedPaise;
    }
}
