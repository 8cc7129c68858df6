package io.lineengage.application.port.out.planted;

import javax.sql.DataSource;

/** Planted violation: an out-port speaking JDBC (javax.sql, which a java.sql deny-list missed). */
public interface PortUsingADataSource {
    DataSource dataSource();
}
