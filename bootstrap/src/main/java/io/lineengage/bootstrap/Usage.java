package io.lineengage.bootstrap;

/** What {@code java -jar line-engage.jar --help} prints: the commands, the flags and the environment. */
final class Usage {
    static final String TEXT = """
            Usage: java -jar line-engage.jar [command] [flags]

            Commands:
              (none)              run the service (see README.md)
              demo [--fresh]      the seeded demo: the service, its console and the LINE sandbox in one process,
                                  data kept in ./data/demo ($LINE_ENGAGE_DATA_DIR); --fresh starts over
              rotate-master-key   re-encrypt every secret under LINE_ENGAGE_NEW_MASTER_KEY (or a new generated key);
                                  run it with the service stopped

            Flags:
              --ephemeral         run on a throw-away embedded database (fsync off), nothing kept
              -h, --help          print this and exit

            Environment (all optional):
              PORT                          HTTP port (default 8080; 0 picks a free one)
              HOST                          address to listen on (default 0.0.0.0)
              DATABASE_URL                  postgres://user:pass@host:5432/db or a jdbc:postgresql: URL; unset: an
                                            embedded PostgreSQL in $LINE_ENGAGE_DATA_DIR/postgres
              LINE_ENGAGE_DATA_DIR          where the embedded database and generated secrets live (default ./data)
              LINE_ENGAGE_ADMIN_TOKEN       bearer token for /api/v1/admin/... (at least 16 characters; unset: generated
                                            once and kept in the data directory)
              LINE_ENGAGE_MASTER_KEY        base64 of 32 bytes encrypting LINE secrets at rest (unset: generated into
                                            the data directory)
              LINE_ENGAGE_NEW_MASTER_KEY    the key rotate-master-key re-encrypts to
              LINE_API_BASE_URL             LINE's API host (default https://api.line.me); the sandbox's URL to run
                                            without LINE
              LINE_DATA_API_BASE_URL        LINE's content host (default https://api-data.line.me)
              LINE_ENGAGE_PUBLIC_URL        where LINE reaches this service (webhook URLs; default http://localhost:$PORT)
              LINE_ENGAGE_MARKET            one of %s (default DEFAULT): the market component to run
              LINE_ENGAGE_MULTICAST_RATE    multicast calls a second per LINE channel (default and at most 200)
              LINE_ENGAGE_PUSH_RATE         push calls a second per LINE channel (default and at most 2000)
              LINE_ENGAGE_PROFILE_RATE      LINE profile calls a second filling in followers' names (default 50; 0 off)
              LINE_ENGAGE_LEDGER_RETENTION_MONTHS  months of per-recipient delivery ledger kept (default: all)
            """.formatted(String.join(", ", MarketComponents.codes()));

    private Usage() {}
}
