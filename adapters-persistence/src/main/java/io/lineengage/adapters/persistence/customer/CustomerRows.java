package io.lineengage.adapters.persistence.customer;

import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.org.OrgId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How a customer row is selected and read, for every query that answers customers. */
public final class CustomerRows {
    /** The columns {@link #read} needs, unqualified. */
    public static final String COLUMNS = "id, org_id, external_id, name, mobile, email, attributes::text AS attributes,"
            + " tags, kind, created_at, updated_at";

    private CustomerRows() {}

    public static Customer read(ResultSet rs, Map<String, AttributeType> catalogue) throws SQLException {
        Array tags = rs.getArray("tags");
        Set<String> tagSet = tags == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) tags.getArray()));
        return new Customer(
                new CustomerId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                Optional.ofNullable(rs.getString("external_id")),
                Optional.ofNullable(rs.getString("name")),
                Optional.ofNullable(rs.getString("mobile")),
                Optional.ofNullable(rs.getString("email")),
                AttributeJson.read(rs.getString("attributes"), catalogue),
                tagSet,
                CustomerKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
