-- A shipment's itinerary (a jsonb array of legs, ~900 of a row's ~1,300 bytes) moves to a table of
-- its own. It is written once, at booking, while the shipment row is written three times (booked,
-- put on a manifest, picked up): each rewrite copied the itinerary too, and with the row's pages
-- half free (V17) the table held three rows to a page (2.7 KB a shipment after a simulated
-- quarter). The row without it is ~400 bytes. Written by the same statement as its shipment and
-- never deleted (nor are shipments), so it carries no foreign key: the check would lock each new
-- shipment row once more.
CREATE TABLE shipment_itinerary (
    shipment_id bigint PRIMARY KEY,
    itinerary   jsonb  NOT NULL
);
INSERT INTO shipment_itinerary (shipment_id, itinerary) SELECT id, itinerary FROM shipment;

DROP VIEW report_itinerary;
ALTER TABLE shipment DROP COLUMN itinerary;
-- As in V9, the itinerary now from its own table.
CREATE VIEW report_itinerary AS
SELECT s.shipper, s.article_number AS article, s.pickup_point, s.destination_hub, i.itinerary
FROM shipment s
JOIN shipment_itinerary i ON i.shipment_id = s.id
WHERE s.status <> 'CANCELLED';
