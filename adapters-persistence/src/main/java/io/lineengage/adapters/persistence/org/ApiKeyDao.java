package io.lineengage.adapters.persistence.org;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ApiKeyRow.class)
interface ApiKeyDao {
    @SqlUpdate("""
            INSERT INTO api_keys (id, org_id, label, key_hash, created_at, revoked_at)
            VALUES (:id, :orgId, :label, :keyHash, :createdAt, :revokedAt)""")
    void insert(@BindMethods ApiKeyRow row);

    @SqlQuery("SELECT id, org_id, label, key_hash, created_at, revoked_at FROM api_keys WHERE key_hash = :hash")
    Optional<ApiKeyRow> findByHash(@Bind("hash") String hash);

    /** Keeps the first revocation time: revoking twice is not an error, and changes nothing. */
    @SqlUpdate("""
            UPDATE api_keys SET revoked_at = COALESCE(revoked_at, :when)
            WHERE org_id = :orgId AND id = :id""")
    int revoke(@Bind("orgId") String orgId, @Bind("id") String id, @Bind("when") Instant when);
}
