package org.daksetu.booking.application;

import java.util.List;
import org.daksetu.booking.domain.LabelContent;

/** Draws labels: one 4×6 inch page (or ZPL label) per shipment, in the order given. */
public interface LabelRenderer {

    byte[] pdf(List<LabelContent> labels);

    String zpl(List<LabelContent> labels);
}
