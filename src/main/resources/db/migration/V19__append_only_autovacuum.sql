-- The platform's logs are written once and never changed: the scans, the shippers' feed, the
-- itineraries and routes, the bags' contents, the delivery attempts and run lists, the COD journal
-- and postings. Left to the defaults, autovacuum visits such a table after every 20% of growth
-- (to mark its new pages all-visible) and re-analyses it after every 10%. On a log that grows by
-- millions of rows a day both become disk work late in its life: the vacuum reads back a fifth of
-- the table, pages written long enough ago to have left the cache, and each ANALYZE reads 30,000
-- pages at random across all of it. On the simulator's quarter (docs/PERFORMANCE.md, "Round 7")
-- autovacuum read 39 GB back from disk by day 77 and was busy almost without pause, most of it on
-- scan_event and feed_entry.
--
-- Here the logs are vacuumed after a fixed number of new rows instead, while those rows' pages are
-- still in memory: each vacuum reads only the pages written since the one before, and the total
-- work is the same one visit per page. Statistics are refreshed after every 50% of growth: the
-- queries on these tables look rows up by key (an article, a sequence range, an id), and their
-- plans do not change as the table grows.
ALTER TABLE scan_event SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000000,
                            autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE feed_entry SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000000,
                            autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE shipment_itinerary SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000,
                                    autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE tracking_route SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000,
                                autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE capacity_bag_article SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000,
                                      autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE delivery_attempt SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000,
                                  autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE delivery_run_article SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000,
                                      autovacuum_analyze_scale_factor = 0.5);
ALTER TABLE cod_journal SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000);
ALTER TABLE cod_posting SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000);
