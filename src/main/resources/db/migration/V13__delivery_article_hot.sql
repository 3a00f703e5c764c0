-- The last mile rewrites each delivery article two or three times (out for delivery, then the
-- attempt's outcome, again after a failure). Its status was the second column of both secondary
-- indexes, so every one of those updates added an entry to all three indexes (no HOT update).
-- No query looks articles up by office or shipper and status (they are read by article number;
-- the held ones by status alone, which neither index served): the indexes keep office and shipper
-- only, and each page keeps room for new row versions, so most updates stay on their page and
-- touch no index at all. fillfactor applies to pages filled from now on.
DROP INDEX delivery_article_office;
CREATE INDEX delivery_article_office ON delivery_article (office_id);
DROP INDEX delivery_article_shipper;
CREATE INDEX delivery_article_shipper ON delivery_article (shipper);
ALTER TABLE delivery_article SET (fillfactor = 80);
