package io.lineengage.application.port.in.subscription;

public interface ChangeConsentUseCase {
    SubscriptionView change(ChangeConsentCommand command);
}
