package io.lineengage.application.port.in.account;

import io.lineengage.domain.account.LineAccount;

public interface RegisterLineAccountUseCase {
    LineAccount register(RegisterLineAccountCommand command);
}
