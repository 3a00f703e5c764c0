package org.daksetu.booking.infrastructure;

import org.daksetu.platform.db.CopyText;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.daksetu.booking.application.ArticleNumbers;
import org.daksetu.booking.application.Page;
import org.daksetu.booking.application.Scope;
import org.daksetu.booking.application.ShipmentFilter;
import org.daksetu.booking.application.ShipmentForDelivery;
import org.daksetu.booking.application.ShipmentStore;
import org.daksetu.booking.domain.Charges;
import org.daksetu.booking.domain.Consignee;
import org.daksetu.booking.domain.IndianMobile;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.ManifestLine;
import org.daksetu.booking.domain.NewShipment;
import org.daksetu.booking.domain.Parcel;
import org.daksetu.booking.domain.Payment;
import org.daksetu.booking.domain.PaymentMode;
import org.daksetu.booking.domain.Service;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.ShipmentOrder;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Dimensions;
import org.daksetu.shared.Money;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Weight;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments in PostgreSQL. Bookings are written with COPY into a session-local staging table and
 * moved into {@code shipment} (and their itineraries into {@code shipment_itinerary}) by one
 * statement that skips order references booked meanwhile: ten thousand shipments cost three
 * statements, and either all of them are stored or none. Every read filters by the caller's
 * shipper unless the scope is everyone's.
 */
@Repository
class JdbcShipmentStore implements ShipmentStore {

    static final String COLUMNS = """
            shipper, order_reference, article_number, article_cycle, own_number, service, status, pickup_point,
            consignee_name, consignee_phone, address_line1, address_line2, city, pin, weight_g, length_cm, breadth_cm,
            height_cm, declared_value_paise, payment_mode, cod_amount_paise, otp_delivery, tariff_version, zone,
            volumetric_g, chargeable_g, freight_paise, cod_fee_paise, otp_fee_paise, gst_basis_points, gst_paise,
            total_paise, handover_at, edd, transit_days, distance_km, destination_hub, delivery_office_id, itinerary,
            booked_at, fingerprint""";
    /** {@link #COLUMNS} but the itinerary: the columns of the shipment table itself. */
    static final String STORED = java.util.Arrays.stream(COLUMNS.split(",")).map(String::strip)
            .filter(c -> !c.equals("itinerary")).collect(java.util.stream.Collectors.joining(", "));
    /** One row of {@link #STORED}'s values as parameters: "(?,?,...)". */
    private static final String STORED_ROW = "(" + String.join(",", java.util.Collections.nCopies(STORED.split(",").length, "?")) + ")";
    /** A shipment with its itinerary (its own table, V18). The names of the two tables' columns differ. */
    private static final String SELECT = "SELECT id, " + COLUMNS + ", pickup_id, picked_up_at, cancelled_at, cancel_reason "
            + "FROM shipment JOIN shipment_itinerary ON shipment_id = id ";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    JdbcShipmentStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public Map<String, Shipment> byOrderReferences(String shipper, Collection<String> orderReferences) {
        Map<String, Shipment> out = new HashMap<>();
        if (orderReferences.isEmpty()) {
            return out;
        }
        jdbc.sql(SELECT + "WHERE shipper = :s AND order_reference = ANY (:refs)")
                .param("s", shipper).param("refs", orderReferences.toArray(String[]::new))
                .query(JdbcShipmentStore::map).list()
                .forEach(s -> out.put(s.order().orderReference(), s));
        return out;
    }

    @Override
    public Set<ArticleNumber> inUse(Collection<ArticleNumbers.Allocated> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT s.article_number FROM shipment s
                        JOIN unnest(:numbers, :cycles) AS n(article_number, cycle)
                          ON s.article_number = n.article_number AND s.article_cycle = n.cycle""")
                .param("numbers", numbers.stream().map(a -> a.number().value()).toArray(String[]::new))
                .param("cycles", numbers.stream().map(ArticleNumbers.Allocated::cycle).toArray(Integer[]::new))
                .query((rs, n) -> new ArticleNumber(rs.getString(1))).list());
    }

    /** Up to this many shipments go in one multi-row INSERT; more go through COPY. */
    static final int COPY_THRESHOLD = 20;

    @Override
    public Map<String, Long> insertAll(List<NewShipment> shipments) {
        if (shipments.isEmpty()) {
            return Map.of();
        }
        return shipments.size() <= COPY_THRESHOLD ? insertFew(shipments) : copy(shipments);
    }

    /**
     * A single statement, committed on its own: the fast path of single bookings. It stores the
     * shipments and the itineraries of those it stored (an order reference booked before is skipped).
     */
    private Map<String, Long> insertFew(List<NewShipment> shipments) {
        String sql = "WITH ins AS (INSERT INTO shipment (" + STORED + ") VALUES "
                + String.join(",", java.util.Collections.nCopies(shipments.size(), STORED_ROW))
                + " ON CONFLICT DO NOTHING RETURNING shipper, order_reference, id), it AS ("
                + "INSERT INTO shipment_itinerary (shipment_id, itinerary) SELECT ins.id, v.itinerary::jsonb FROM ins JOIN (VALUES "
                + String.join(",", java.util.Collections.nCopies(shipments.size(), "(?, ?, ?)"))
                + ") AS v(shipper, order_reference, itinerary) ON v.shipper = ins.shipper AND v.order_reference = ins.order_reference)"
                + " SELECT order_reference, id FROM ins";
        Map<String, Long> ids = new LinkedHashMap<>();
        List<Object> values = new ArrayList<>();
        List<Object> itineraries = new ArrayList<>();
        for (NewShipment s : shipments) {
            Object[] row = values(s);
            for (int c = 0; c < row.length; c++) {
                if (c != ITINERARY) {
                    values.add(row[c]);
                }
            }
            itineraries.add(s.shipper());
            itineraries.add(s.order().orderReference());
            itineraries.add(row[ITINERARY]);
        }
        values.addAll(itineraries);
        // A typed null: an untyped one would make the driver ask the server for the parameter types first.
        List<Object> params = values.stream()
                .map(v -> v == null ? new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, null) : v).toList();
        jdbc.sql(sql).params(params)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private Map<String, Long> copy(List<NewShipment> shipments) {
        return tx.execute(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TEMP TABLE IF NOT EXISTS shipment_load ON COMMIT DELETE ROWS AS SELECT "
                            + STORED + ", NULL::jsonb AS itinerary FROM shipment WITH NO DATA");
                }
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY shipment_load (" + COLUMNS + ") FROM STDIN WITH (FORMAT text)");
                try {
                    CopyText rows = new CopyText(1 << 16);
                    for (NewShipment s : shipments) {
                        rows.row(values(s));
                        if (rows.length() > 60_000) {
                            write(copy, rows);
                        }
                    }
                    write(copy, rows);
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                Map<String, Long> ids = new LinkedHashMap<>();
                jdbc.sql("WITH ins AS (INSERT INTO shipment (" + STORED + ") SELECT " + STORED
                                + " FROM shipment_load ON CONFLICT DO NOTHING RETURNING shipper, order_reference, id),"
                                + " it AS (INSERT INTO shipment_itinerary (shipment_id, itinerary) SELECT ins.id, l.itinerary"
                                + " FROM ins JOIN shipment_load l ON l.shipper = ins.shipper AND l.order_reference = ins.order_reference)"
                                + " SELECT order_reference, id FROM ins")
                        .query(rs -> {
                            ids.put(rs.getString(1), rs.getLong(2));
                        });
                return ids;
            } catch (SQLException e) {
                throw new IllegalStateException("Storing " + shipments.size() + " shipments failed; none was stored: " + e.getMessage(), e);
            }
        });
    }

    private static void write(CopyIn copy, CopyText rows) throws SQLException {
        byte[] bytes = rows.drain().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /** The position of the itinerary among {@link #COLUMNS}: it goes to its own table. */
    private static final int ITINERARY = java.util.Arrays.stream(COLUMNS.split(",")).map(String::strip).toList().indexOf("itinerary");

    /** A shipment's values in the order of {@link #COLUMNS}. */
    static Object[] values(NewShipment s) {
        ShipmentOrder o = s.order();
        Consignee c = o.consignee();
        Parcel p = o.parcel();
        Charges ch = s.charges();
        DeliveryPromise pr = s.promise();
        return new Object[] {s.shipper(), o.orderReference(), s.articleNumber().value(), s.articleCycle(),
                o.ownArticleNumber().isPresent(), o.service().name(), ShipmentStatus.BOOKED.name(), o.pickupPoint(), c.name(),
                c.phone().digits(), c.addressLine1(), c.addressLine2().orElse(null), c.city(), c.pin().value(), p.weight().grams(),
                p.dimensions().lengthCm(), p.dimensions().breadthCm(), p.dimensions().heightCm(), p.declaredValue().paise(),
                o.payment().mode().name(), o.payment().codAmount().paise(), o.otpDelivery(), ch.tariffVersion(), ch.zone().name(),
                ch.volumetricWeight().grams(), ch.chargeableWeight().grams(), ch.freight().paise(), ch.codFee().paise(),
                ch.otpFee().paise(), ch.gstBasisPoints(), ch.gst().paise(), ch.total().paise(), pr.handoverAt(), pr.edd(),
                pr.transitDays(), pr.distanceKm(), pr.destinationHub(), pr.deliveryOfficeId(), ItineraryJson.write(pr.itinerary()),
                s.bookedAt(), s.fingerprint()};
    }

    @Override
    public Optional<Shipment> find(Scope scope, ArticleNumber articleNumber) {
        return jdbc.sql(SELECT + "WHERE article_number = :a AND (CAST(:s AS text) IS NULL OR shipper = :s) "
                        + "ORDER BY article_cycle DESC LIMIT 1")
                .param("a", articleNumber.value()).param("s", scope.shipper().orElse(null))
                .query(JdbcShipmentStore::map).optional();
    }

    @Override
    public List<Shipment> findAll(Scope scope, Collection<ArticleNumber> articleNumbers) {
        Map<ArticleNumber, Shipment> newest = new LinkedHashMap<>();
        jdbc.sql(SELECT + "WHERE article_number = ANY (:a) AND (CAST(:s AS text) IS NULL OR shipper = :s) ORDER BY article_cycle")
                .param("a", articleNumbers.stream().map(ArticleNumber::value).toArray(String[]::new))
                .param("s", scope.shipper().orElse(null))
                .query(JdbcShipmentStore::map).list()
                .forEach(s -> newest.put(s.articleNumber(), s));
        return new ArrayList<>(newest.values());
    }

    @Override
    public List<ShipmentForDelivery> findAllForDelivery(Scope scope, Collection<ArticleNumber> articleNumbers) {
        Map<ArticleNumber, ShipmentForDelivery> newest = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT article_number, shipper, status, pickup_point, pin, payment_mode, cod_amount_paise, cod_fee_paise,
                               otp_delivery, edd, booked_at
                          FROM shipment
                         WHERE article_number = ANY (:a) AND (CAST(:s AS text) IS NULL OR shipper = :s) ORDER BY article_cycle""")
                .param("a", articleNumbers.stream().map(ArticleNumber::value).toArray(String[]::new))
                .param("s", scope.shipper().orElse(null))
                .query((rs, n) -> {
                    Payment payment = payment(rs.getString("payment_mode"), rs.getLong("cod_amount_paise"));
                    return new ShipmentForDelivery(new ArticleNumber(rs.getString("article_number")), rs.getString("shipper"),
                            ShipmentStatus.valueOf(rs.getString("status")), rs.getString("pickup_point"), new Pin(rs.getInt("pin")),
                            payment.isCod(), payment.codAmount(), Money.ofPaise(rs.getLong("cod_fee_paise")),
                            rs.getBoolean("otp_delivery"), rs.getObject("edd", LocalDate.class),
                            rs.getObject("booked_at", OffsetDateTime.class).atZoneSameInstant(IndianTime.ZONE).toOffsetDateTime());
                }).list()
                .forEach(s -> newest.put(s.articleNumber(), s));
        return new ArrayList<>(newest.values());
    }

    @Override
    public Page<Shipment> list(Scope scope, ShipmentFilter f, int page, int size) {
        StringBuilder where = new StringBuilder("WHERE (CAST(:s AS text) IS NULL OR shipper = :s)");
        Map<String, Object> params = new HashMap<>();
        params.put("s", scope.shipper().orElse(null));
        f.status().ifPresent(st -> {
            where.append(" AND status = :status");
            params.put("status", st.name());
        });
        f.pickupPoint().ifPresent(pp -> {
            where.append(" AND pickup_point = :pp");
            params.put("pp", pp);
        });
        f.orderReference().ifPresent(ref -> {
            where.append(" AND order_reference = :ref");
            params.put("ref", ref);
        });
        f.bookedOn().ifPresent(day -> {
            where.append(" AND booked_at >= :from AND booked_at < :to");
            params.put("from", startOfDay(day));
            params.put("to", startOfDay(day.plusDays(1)));
        });
        long total = jdbc.sql("SELECT count(*) FROM shipment " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Shipment> items = jdbc.sql(SELECT + where + " ORDER BY booked_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(JdbcShipmentStore::map).list();
        return new Page<>(items, page, size, total);
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay(IndianTime.ZONE).toOffsetDateTime();
    }

    @Override
    public boolean cancel(long id, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE shipment SET status = 'CANCELLED', cancelled_at = :at, cancel_reason = :reason
                        WHERE id = :id AND status = 'BOOKED'""")
                .param("at", at).param("reason", reason).param("id", id).update() == 1;
    }

    @Override
    public List<ManifestLine> manifestLines(long pickupId) {
        return jdbc.sql("""
                        SELECT article_number, order_reference, service, consignee_name, city, pin, weight_g, chargeable_g,
                               payment_mode, cod_amount_paise, status
                        FROM shipment WHERE pickup_id = :id ORDER BY id""")
                .param("id", pickupId)
                .query((rs, n) -> new ManifestLine(new ArticleNumber(rs.getString(1)), rs.getString(2),
                        Service.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), new Pin(rs.getInt(6)),
                        Weight.ofGrams(rs.getInt(7)), Weight.ofGrams(rs.getInt(8)),
                        payment(rs.getString(9), rs.getLong(10)), ShipmentStatus.valueOf(rs.getString(11))))
                .list();
    }

    @Override
    public List<Shipment> onPickup(long pickupId) {
        return jdbc.sql(SELECT + "WHERE pickup_id = :id AND status <> 'CANCELLED' ORDER BY id").param("id", pickupId)
                .query(JdbcShipmentStore::map).list();
    }

    @Override
    public List<ArticleNumber> attach(long pickupId, String shipper, String pickupPoint, Optional<Collection<ArticleNumber>> only) {
        return jdbc.sql("""
                        UPDATE shipment SET pickup_id = :id
                        WHERE shipper = :s AND pickup_point = :pp AND status = 'BOOKED' AND pickup_id IS NULL
                          AND (CAST(:only AS text[]) IS NULL OR article_number = ANY (:only))
                        RETURNING article_number""")
                .param("id", pickupId).param("s", shipper).param("pp", pickupPoint)
                .param("only", only.map(o -> o.stream().map(ArticleNumber::value).toArray(String[]::new)).orElse(null))
                .query((rs, n) -> new ArticleNumber(rs.getString(1))).list();
    }

    @Override
    public int release(long pickupId, Optional<Collection<ArticleNumber>> only) {
        return jdbc.sql("""
                        UPDATE shipment SET pickup_id = NULL
                        WHERE pickup_id = :id AND status = 'BOOKED'
                          AND (CAST(:only AS text[]) IS NULL OR article_number = ANY (:only))""")
                .param("id", pickupId)
                .param("only", only.map(o -> o.stream().map(ArticleNumber::value).toArray(String[]::new)).orElse(null))
                .update();
    }

    @Override
    public int pickUp(long pickupId, OffsetDateTime at) {
        return jdbc.sql("UPDATE shipment SET status = 'PICKED_UP', picked_up_at = :at WHERE pickup_id = :id AND status = 'BOOKED'")
                .param("at", at).param("id", pickupId).update();
    }

    private static Payment payment(String mode, long codPaise) {
        return PaymentMode.valueOf(mode) == PaymentMode.COD ? Payment.cod(Money.ofPaise(codPaise)) : Payment.PREPAID;
    }

    static Shipment map(ResultSet rs, int row) throws SQLException {
        ArticleNumber article = new ArticleNumber(rs.getString("article_number"));
        Pin pin = new Pin(rs.getInt("pin"));
        Consignee consignee = new Consignee(rs.getString("consignee_name"), new IndianMobile(rs.getString("consignee_phone")),
                rs.getString("address_line1"), Optional.ofNullable(rs.getString("address_line2")), rs.getString("city"), pin);
        Parcel parcel = new Parcel(Weight.ofGrams(rs.getInt("weight_g")),
                new Dimensions(rs.getInt("length_cm"), rs.getInt("breadth_cm"), rs.getInt("height_cm")),
                Money.ofPaise(rs.getLong("declared_value_paise")));
        ShipmentOrder order = new ShipmentOrder(rs.getString("order_reference"), rs.getString("pickup_point"),
                Service.valueOf(rs.getString("service")), consignee, parcel,
                payment(rs.getString("payment_mode"), rs.getLong("cod_amount_paise")), rs.getBoolean("otp_delivery"),
                rs.getBoolean("own_number") ? Optional.of(article) : Optional.empty());
        TariffZone zone = TariffZone.valueOf(rs.getString("zone"));
        Charges charges = new Charges(rs.getString("tariff_version"), zone, parcel.weight(), Weight.ofGrams(rs.getInt("volumetric_g")),
                Weight.ofGrams(rs.getInt("chargeable_g")), Money.ofPaise(rs.getLong("freight_paise")),
                Money.ofPaise(rs.getLong("cod_fee_paise")), Money.ofPaise(rs.getLong("otp_fee_paise")),
                rs.getInt("gst_basis_points"), Money.ofPaise(rs.getLong("gst_paise")), Money.ofPaise(rs.getLong("total_paise")));
        OffsetDateTime handover = rs.getObject("handover_at", OffsetDateTime.class).atZoneSameInstant(IndianTime.ZONE).toOffsetDateTime();
        DeliveryPromise promise = new DeliveryPromise(order.pickupPoint(), pin, handover, rs.getObject("edd", LocalDate.class),
                rs.getInt("transit_days"), zone, rs.getDouble("distance_km"), rs.getString("destination_hub"),
                rs.getLong("delivery_office_id"), ItineraryJson.read(rs.getString("itinerary")));
        long pickupId = rs.getLong("pickup_id");
        Optional<Long> pickup = rs.wasNull() ? Optional.empty() : Optional.of(pickupId);
        return new Shipment(rs.getLong("id"), rs.getString("shipper"), article, order, charges, promise,
                ShipmentStatus.valueOf(rs.getString("status")),
                rs.getObject("booked_at", OffsetDateTime.class).atZoneSameInstant(IndianTime.ZONE).toOffsetDateTime(), pickup,
                time(rs, "picked_up_at"), time(rs, "cancelled_at"), Optional.ofNullable(rs.getString("cancel_reason")));
    }

    private static Optional<OffsetDateTime> time(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(t -> t.atZoneSameInstant(IndianTime.ZONE).toOffsetDateTime());
    }
}
