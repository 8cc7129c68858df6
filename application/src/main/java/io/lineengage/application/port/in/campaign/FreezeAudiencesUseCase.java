package io.lineengage.application.port.in.campaign;

import java.util.function.BooleanSupplier;

/**
 * The rest of a launch, run by workers in every instance: a launch freezes its audience's first customers into the
 * ledger and answers; the rest is frozen here window by window while the first batches are already being sent.
 */
public interface FreezeAudiencesUseCase {
    /**
     * Claims one launched campaign whose audience is not all in the ledger and freezes the rest while {@code going}
     * holds (or until the campaign is paused or cancelled); false when there was none to claim.
     */
    boolean freezeNext(String runner, BooleanSupplier going);
}
