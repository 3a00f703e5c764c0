package org.daksetu.network.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.daksetu.network.domain.PinProfile;

/** A PIN with its offices and the answers of the serviceability rules (docs/NETWORK-DATA.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PincodeView(
        String pin,
        boolean serviceable,
        String notServiceableReason,
        boolean codAvailable,
        boolean rural,
        long branchOffices,
        String district,
        String state,
        String division,
        String region,
        String circle,
        OfficeView deliveryOffice,
        List<OfficeView> offices,
        String networkVersion) {

    static PincodeView of(PinProfile p, String networkVersion) {
        var d = p.deliveryOffice();
        return new PincodeView(p.pin().toString(), p.serviceable(), p.notServiceableReason().orElse(null),
                p.codAvailable(), p.rural(), p.branchOffices(), d.district(), d.state(), d.division(), d.region(),
                d.circle(), OfficeView.of(d), p.offices().stream().map(OfficeView::of).toList(), networkVersion);
    }
}
