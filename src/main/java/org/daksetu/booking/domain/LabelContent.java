package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Money;

/**
 * Everything printed on a shipment's 4×6 inch label, decided once so that the PDF and the ZPL
 * label say the same. The sort code names the destination hub and the delivery office, in the
 * order a sorter reads them.
 */
public record LabelContent(
        ArticleNumber articleNumber,
        String serviceLabel,
        String orderReference,
        LocalDate bookedOn,
        List<String> sender,
        String consigneeName,
        List<String> consigneeAddress,
        String consigneePhone,
        String destinationPin,
        boolean cod,
        Money codAmount,
        String weight,
        String chargeableWeight,
        String dimensions,
        LocalDate edd,
        String sortHub,
        String sortOffice,
        boolean otpDelivery,
        String qrPayload) {

    /**
     * @param deliveryOfficeName the name of the delivery office, as the network names it
     * @param pickupPointLines the sender's address: pickup point name, address, city and PIN
     */
    public static LabelContent of(Shipment s, String shipperName, List<String> pickupPointLines, String deliveryOfficeName) {
        Consignee c = s.order().consignee();
        List<String> address = new ArrayList<>();
        address.add(c.addressLine1());
        c.addressLine2().ifPresent(address::add);
        address.add(c.city() + " - " + c.pin());
        List<String> sender = new ArrayList<>();
        sender.add(shipperName);
        sender.addAll(pickupPointLines);
        Payment payment = s.order().payment();
        return new LabelContent(s.articleNumber(), s.order().service().label(), s.order().orderReference(),
                s.bookedAt().atZoneSameInstant(IndianTime.ZONE).toLocalDate(), sender, c.name(), address,
                c.phone().toString(), c.pin().toString(), payment.isCod(), payment.codAmount(),
                s.order().parcel().weight().toKilogramString(), s.charges().chargeableWeight().toKilogramString(),
                s.order().parcel().dimensions().toString().replace("×", " x "), s.promise().edd(),
                s.promise().destinationHub(), deliveryOfficeName + " (" + s.promise().deliveryOfficeId() + ")",
                s.order().otpDelivery(), qrPayload(s.articleNumber(), c.pin().toString(), payment.codAmount()));
    }

    /**
     * What the QR code holds: {@code A=<article>;P=<destination PIN>;COD=<rupees to collect>}, for
     * example {@code A=EK123456785IN;P=682028;COD=1499.00} (COD=0.00 for a prepaid parcel).
     */
    public static String qrPayload(ArticleNumber article, String pin, Money cod) {
        return "A=" + article + ";P=" + pin + ";COD=" + cod.toRupeeString().replace(",", "");
    }

    /** The sort code as one line: destination hub, then delivery office. */
    public String sortCode() {
        return sortHub + " / " + sortOffice;
    }
}
