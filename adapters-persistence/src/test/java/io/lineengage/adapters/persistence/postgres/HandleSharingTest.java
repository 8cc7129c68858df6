package io.lineengage.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Repositories use jdbi.withHandle; inside a unit of work that must be the unit's transaction, not its own. */
class HandleSharingTest {
    @Test
    void withHandleInsideAUnitOfWorkJoinsItsTransaction() {
        try (TestStorage storage = TestStorage.fresh()) {
            storage.jdbi().useHandle(h -> h.execute("CREATE TABLE probe (id int)"));
            assertThatThrownBy(() -> storage.unitOfWork().run(() -> {
                        storage.jdbi().useHandle(h -> h.execute("INSERT INTO probe VALUES (1)"));
                        throw new IllegalStateException("roll back");
                    }))
                    .hasMessage("roll back");
            int rows = storage.jdbi()
                    .withHandle(h -> h.createQuery("SELECT count(*) FROM probe")
                            .mapTo(Integer.class)
                            .one());
            assertThat(rows).isZero();
        }
    }
}
