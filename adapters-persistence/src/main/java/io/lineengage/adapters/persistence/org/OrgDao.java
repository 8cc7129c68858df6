package io.lineengage.adapters.persistence.org;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OrgRow.class)
interface OrgDao {
    @SqlUpdate("INSERT INTO orgs (id, name, time_zone, created_at) VALUES (:id, :name, :timeZone, :createdAt)")
    void insert(@BindMethods OrgRow row);

    @SqlQuery("SELECT id, name, time_zone, created_at FROM orgs WHERE id = :id")
    Optional<OrgRow> findById(@Bind("id") String id);
}
