package org.daksetu.platform.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parties: shippers, added by an admin, and the postal operator, which the schema creates
 * (there is one: India Post, code {@code INDIA-POST}).
 */
@Repository
public class Parties {

    public static final String POSTAL_OPERATOR = "INDIA-POST";

    private final JdbcClient jdbc;

    public Parties(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Party add(String code, String name, String kind) {
        Violations v = new Violations();
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
            v.add("code", code, "2 to 32 capital letters, digits or hyphens, starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            v.add("name", name, "is required, at most 120 characters");
        } else if (!name.strip().chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF))) {
            v.add("name", name, "is written in Latin letters: it is printed on labels");
        }
        if (kind != null && !kind.equals(PartyKind.SHIPPER.name())) {
            v.add("kind", kind, "only shippers are added; the postal operator " + POSTAL_OPERATOR + " exists already");
        }
        v.throwIfAny();
        try {
            jdbc.sql("INSERT INTO party (code, name, kind) VALUES (:code, :name, 'SHIPPER')")
                    .param("code", code).param("name", name.strip()).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", code, "a party with code " + code + " exists already");
        }
        return get(code);
    }

    public Optional<Party> find(String code) {
        return jdbc.sql("SELECT code, name, kind, created_at FROM party WHERE code = :code").param("code", code)
                .query((rs, n) -> new Party(rs.getString(1), rs.getString(2), PartyKind.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    public Party get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("party", code, "no party has code " + code));
    }

    public List<Party> list() {
        return jdbc.sql("SELECT code, name, kind, created_at FROM party ORDER BY kind, code")
                .query((rs, n) -> new Party(rs.getString(1), rs.getString(2), PartyKind.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
