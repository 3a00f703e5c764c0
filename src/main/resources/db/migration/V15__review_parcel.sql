-- The facts of each booked parcel the day close needs when the parcel is delivered or fails an attempt
-- (shipper, pickup point, PIN, zone, COD, destination hub, delivery office, handover day, EDD): written
-- by the close of its booking day from the rows it reads anyway, so a delivery day's close looks them up
-- in this narrow table instead of the shipment's wide row (addresses, charges, itinerary).
CREATE TABLE review_parcel (
    article            text    PRIMARY KEY,
    booked_day         date    NOT NULL,
    shipper            text    NOT NULL,
    pickup_point       text    NOT NULL,
    pin                integer NOT NULL,
    zone               text    NOT NULL,
    cod                boolean NOT NULL,
    cod_amount_paise   bigint  NOT NULL,
    destination_hub    text    NOT NULL,
    delivery_office_id bigint  NOT NULL,
    handover_day       date    NOT NULL,
    edd                date    NOT NULL
);
CREATE INDEX review_parcel_booked_day ON review_parcel USING brin (booked_day);

-- Days closed before this table existed: their parcels' facts, as their closes would have written them.
INSERT INTO review_parcel (article, booked_day, shipper, pickup_point, pin, zone, cod, cod_amount_paise, destination_hub,
                           delivery_office_id, handover_day, edd)
SELECT DISTINCT ON (s.article) s.article, s.booked_day, s.shipper, s.pickup_point, s.pin, s.zone, s.cod, s.cod_amount_paise,
       s.destination_hub, s.delivery_office_id, s.handover_day, s.edd
FROM report_shipment s
WHERE s.booked_day IN (SELECT day FROM review_day)
ORDER BY s.article, s.booked_at DESC;
