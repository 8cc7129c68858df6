package io.lineengage.adapters.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(LineAccountRow.class)
interface LineAccountDao {
    String COLUMNS = "id, org_id, name, provider_name, channel_id, channel_secret_enc, access_token_enc, status,"
            + " units_on_push, notification_messages, created_at, updated_at, version";

    @SqlUpdate(
            "INSERT INTO line_accounts (" + COLUMNS + ") VALUES (:id, :orgId, :name, :providerName, :channelId,"
                    + " :channelSecretEnc, :accessTokenEnc, :status, :unitsOnPush, :notificationMessages, :createdAt, :updatedAt, :version)")
    void insert(@BindMethods LineAccountRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM line_accounts WHERE org_id = :orgId AND id = :id")
    Optional<LineAccountRow> find(@Bind("orgId") String orgId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM line_accounts WHERE id = :id")
    Optional<LineAccountRow> findAnyOrg(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM line_accounts WHERE org_id = :orgId"
            + " AND (created_at, id) > (:afterCreatedAt, :afterId) ORDER BY created_at, id LIMIT :limit")
    List<LineAccountRow> list(
            @Bind("orgId") String orgId,
            @Bind("afterCreatedAt") Instant afterCreatedAt,
            @Bind("afterId") String afterId,
            @Bind("limit") int limit);

    @SqlUpdate("UPDATE line_accounts SET name = :name, provider_name = :providerName,"
            + " channel_secret_enc = :channelSecretEnc, access_token_enc = :accessTokenEnc, status = :status,"
            + " units_on_push = :unitsOnPush, notification_messages = :notificationMessages, updated_at = :updatedAt, version = :version"
            + " WHERE org_id = :orgId AND id = :id AND version = :expectedVersion")
    int update(@BindMethods LineAccountRow row, @Bind("expectedVersion") long expectedVersion);
}
