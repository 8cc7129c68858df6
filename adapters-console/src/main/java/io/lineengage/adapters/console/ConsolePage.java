package io.lineengage.adapters.console;

import io.javalin.router.JavalinDefaultRoutingApi;

/** One area of the console (members, audiences, ...): registers its pages under /console. */
interface ConsolePage {
    void register(JavalinDefaultRoutingApi routes, Pages pages);
}
