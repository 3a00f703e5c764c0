package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An out-for-delivery run: a postman on a beat with articles, on a day. */
public record DeliveryRun(long id, long officeId, String beat, String postman, LocalDate runDate, Instant startedAt,
                          List<String> articles) {
}
