-- Every shipment is rewritten twice after booking: its pickup attaches it (pickup_id), the handover
-- marks it picked up (status, picked_up_at). Both rewrites added an entry to each of the table's
-- indexes: the handover changed status, which the ready-for-pickup index's predicate names, and
-- a full page sent each new row version to another page. The ready-for-pickup index now names
-- pickup_id alone (the attach query still asks for status 'BOOKED': a cancelled shipment that was
-- never attached stays in the index and is filtered out there), so the handover changes no
-- indexed column; and each page keeps half its room for the row's later versions, so that both
-- rewrites stay on the page and the handover touches no index (a HOT update).
DROP INDEX shipment_ready_for_pickup;
CREATE INDEX shipment_ready_for_pickup ON shipment (shipper, pickup_point) WHERE pickup_id IS NULL;
ALTER TABLE shipment SET (fillfactor = 50);
